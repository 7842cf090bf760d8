package nl.metrokaart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout's rules (docs/architecture.md), checked on the compiled main code of every module:
 * a change that breaks one fails the build, with the offending dependency named.
 */
class ArchitectureTest {

    /** The loaders' insides: the ingest's per-kind packages and its workbook reading. */
    private static final String[] LOADERS = {"nl.metrokaart.ingest.assessments..", "nl.metrokaart.ingest.badges..",
            "nl.metrokaart.ingest.coaches..", "nl.metrokaart.ingest.followups..", "nl.metrokaart.ingest.leercultuur..",
            "nl.metrokaart.ingest.xlsx.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        // reports' test helpers come as a test-jar, which DO_NOT_INCLUDE_TESTS does not recognise
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("nl.metrokaart");
    }

    /** The rules below would pass on nothing: make sure every module's code was found. */
    @Test
    void everyModuleIsChecked() {
        for (String module : new String[] {"nl.metrokaart.cli", "nl.metrokaart.ingest", "nl.metrokaart.reportjobs", "nl.metrokaart.reports",
                "nl.metrokaart.sampledata"}) {
            assertThat(main.containPackage(module)).as(module).isTrue();
        }
        assertThat(main.size()).isGreaterThan(200);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.metrokaart.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void reportsModuleKnowsNeitherBatchNorDatabase() {
        noClasses().that().resideInAPackage("nl.metrokaart.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.duckdb..", "java.sql..", "javax.sql..")
                .because("reports/ turns query results into workbooks; the jobs and the warehouse are batch-jobs' business")
                .check(main);
    }

    /**
     * reports/: the records and the one way to write a sheet in nl.metrokaart.reports, a package per
     * report (monthly, impact, plan) and beside them charts, board (overview pages, PDF) and map.
     */
    @Test
    void reportPackagesHaveNoCyclesAndTheSharedPartKnowsNoReport() {
        slices().matching("nl.metrokaart.reports.(*)..").should().beFreeOfCycles().check(main);
        noClasses().that().resideInAPackage("nl.metrokaart.reports")
                .should().dependOnClassesThat().resideInAPackage("nl.metrokaart.reports.*..")
                .because("the records and the workbook writer are shared by every report; a report's own sheets are not")
                .check(main);
    }

    @Test
    void commandsDoNotReachIntoLoaders() {
        noClasses().that().resideInAPackage("nl.metrokaart.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(LOADERS)
                .because("a command starts jobs; how a file of one kind is read is the ingest's inside")
                .check(main);
    }

    @Test
    void onlyTheCommandLineKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("nl.metrokaart.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("commands live in cli/ and nowhere else")
                .check(main);
    }

    @Test
    void reportJobsOnlySelectFromModels() {
        noClasses().that().resideInAPackage("nl.metrokaart.reportjobs..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.metrokaart.ingest..", "nl.metrokaart.unattended..", "nl.metrokaart.cli..")
                .because("a report reads the warehouse's models; it does not know how data got there or who asked")
                .check(main);
    }

    /**
     * The report SQL only selects from the report layer (issue #12): no arithmetic, aggregate, window or CASE that defines a
     * figure, outside comments. The one CASE left picks whether a company's name may be shown (k and the company limit: a
     * privacy choice, not a figure).
     */
    @Test
    void reportSqlDefinesNoFigure() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("src/main/resources/nl/metrokaart/reportjobs");
        java.util.Map<String, String> allowed = java.util.Map.of("company-participants.sql", "case");
        java.util.regex.Pattern figure = java.util.regex.Pattern.compile(
                "/|\\bround\\s*\\(|\\bover\\s*\\(|\\bsum\\s*\\(|\\bcount\\s*\\(|\\bavg\\s*\\(|\\bmedian\\s*\\(|\\bquantile|\\bcase\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        java.util.List<String> found = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = java.nio.file.Files.readString(file).replaceAll("--[^\\n]*", "");
                java.util.regex.Matcher m = figure.matcher(sql);
                while (m.find()) {
                    if (!m.group().toLowerCase(java.util.Locale.ROOT).equals(allowed.get(file.getFileName().toString()))) {
                        found.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(found).as("figures defined in the report SQL instead of a model").isEmpty();
    }
}
