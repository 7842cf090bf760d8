package nl.metrokaart.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import nl.metrokaart.LoadedWarehouse;
import nl.metrokaart.Workspace;
import nl.metrokaart.Workspace.Result;
import nl.metrokaart.warehouse.ModelDoc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * By convention, every model of every layer (staging, marts, reporting) against the golden
 * delivery: its documentation block names exactly its columns, and it has an expected table
 * {@code golden/expected/<model>.csv} (worked out by hand, see golden/README.md) that its rows
 * match. The query of a model is {@code SELECT * FROM <model>} unless {@code golden/expected/queries.properties}
 * gives another (a macro's arguments, a report model's month). A model without a table fails,
 * unless {@code golden/expected/awaiting-golden-table.txt} lists it: that list only shrinks (a listed
 * model that has a table fails too, so that the list is kept true).
 */
class GoldenModelsTest {

    private static final Path EXPECTED = GoldenMartsTest.resource("/golden/expected");

    @TempDir
    static Path temp;
    private static Workspace workspace;
    /** One connection for the class: nothing here runs a command after the ingest, and opening the file is the cost of a query. */
    private static Connection warehouse;
    private static final Map<String, String> EMAIL_OF_KEY = new HashMap<>();

    @BeforeAll
    static void ingestTheGoldenDelivery() throws Exception {
        Path delivery = GoldenMartsTest.resource("/golden/delivery");
        workspace = LoadedWarehouse.copy(delivery, temp);
        Result result = LoadedWarehouse.ingestOf(delivery);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        warehouse = workspace.connect();
        byte[] key = Files.readString(temp.resolve("key").resolve("pseudonym.key")).trim().getBytes(StandardCharsets.UTF_8);
        java.util.regex.Pattern email = java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]+");
        try (Stream<Path> files = Files.walk(delivery)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                java.util.regex.Matcher m = email.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String address = m.group().toLowerCase(java.util.Locale.ROOT);
                    EMAIL_OF_KEY.put(GoldenMartsTest.hmac(key, address), address);
                }
            }
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void closeTheWarehouse() throws Exception {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @TestFactory
    List<DynamicTest> everyModelIsDocumentedAndMatchesItsGoldenTable() throws Exception {
        Properties queries = new Properties();
        try (var in = Files.newBufferedReader(EXPECTED.resolve("queries.properties"), StandardCharsets.UTF_8)) {
            queries.load(in);
        }
        List<String> awaiting = Files.readAllLines(EXPECTED.resolve("awaiting-golden-table.txt"), StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (ModelDoc doc : ModelDoc.all()) {
            String query = queries.getProperty(doc.name(), "SELECT * FROM " + doc.name());
            tests.add(DynamicTest.dynamicTest(doc.layer() + "/" + doc.name(), () -> {
                if (!queries.getProperty(doc.name() + ".scalar", "false").equals("true")) {
                    assertThat(columns(query)).as("the columns of %s against its documentation block", doc.name())
                            .containsExactlyElementsOf(doc.columns().keySet());
                }
                Path table = EXPECTED.resolve(doc.name() + ".csv");
                Path leercultuur = EXPECTED.resolve("leercultuur").resolve(doc.name() + ".csv");
                boolean hasTable = Files.exists(table) || Files.exists(leercultuur);
                if (awaiting.contains(doc.name())) {
                    assertThat(hasTable).as("%s has a golden table now: take it off golden/expected/awaiting-golden-table.txt", doc.name())
                            .isFalse();
                    return;
                }
                assertThat(hasTable).as("model %s has no golden table: work out golden/expected/%s.csv by hand from the golden "
                        + "delivery (golden/README.md) and, when it takes arguments, its query in queries.properties", doc.name(), doc.name())
                        .isTrue();
                if (Files.exists(table)) {
                    GoldenMartsTest.assertMart(warehouse, EMAIL_OF_KEY, query, doc.name() + ".csv");
                } // a leercultuur table needs the scans: GoldenLeercultuurTest compares it on its own warehouse
            }));
        }
        return tests;
    }

    /**
     * rpt_monthly_summary's change columns against the summary's one definition: for every month of rpt_month (the first one
     * too, whose month before is not in rpt_month) each {@code <figure>_change} of the month's row is the figure minus the
     * figure of the month before ({@code rpt_period_summary} over that month); NULL on the year-to-date rows. The sample's
     * pinned workbook (SampleWorkbookFiguresTest) shows the same change column as before the change moved into the model.
     */
    @org.junit.jupiter.api.Test
    void theMonthlyChangeIsTheMonthMinusTheMonthBefore() throws Exception {
        List<String> changes = columns("SELECT * FROM rpt_monthly_summary").stream().filter(c -> c.endsWith("_change")).toList();
        assertThat(changes).contains("participants_change", "completion_rate_change", "conversion_rate_change", "at_target_share_change");
        StringBuilder wrong = new StringBuilder("false");
        StringBuilder filled = new StringBuilder("false");
        for (String change : changes) {
            String figure = change.substring(0, change.length() - "_change".length());
            wrong.append(" OR m.").append(change).append(" IS DISTINCT FROM m.").append(figure).append(" - b.").append(figure);
            filled.append(" OR y.").append(change).append(" IS NOT NULL");
        }
        try (Statement s = warehouse.createStatement()) {
            ResultSet months = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE " + wrong + ") FROM rpt_monthly_summary m "
                    + "JOIN rpt_month r USING (month), LATERAL (SELECT * FROM rpt_period_summary(r.previous_month, r.month - INTERVAL 1 DAY)) b "
                    + "WHERE m.period = 'month'");
            months.next();
            assertThat(months.getLong(1)).as("months checked").isGreaterThan(12);
            assertThat(months.getLong(2)).as("months whose change is not the month minus the month before").isZero();
            ResultSet years = s.executeQuery("SELECT count(*) FROM rpt_monthly_summary y WHERE y.period = 'year_to_date' AND (" + filled + ")");
            years.next();
            assertThat(years.getLong(1)).as("year-to-date rows with a change").isZero();
        }
    }

    private static List<String> columns(String query) throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        try (Statement s = warehouse.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE " + query)) {
            while (rs.next()) {
                names.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return new ArrayList<>(names.keySet());
    }
}
