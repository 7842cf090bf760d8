package nl.metrokaart.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A company's Opleidingsplan: an overview with the metrokaart (the suggested modules ringed), then
 * one sheet per view: per employee and skill, every suggestion, and per module. The plan is the
 * company's own, so its figures about its own employees are shown in full (docs/privacy.md: the
 * suppression concerns board and funder reports); employees appear only by pseudonym.
 */
public final class TrainingPlanWorkbook {

    private TrainingPlanWorkbook() {
    }

    public static WrittenReport write(TrainingPlan plan, ReportLanguage language, Path outDir) {
        return write(plan, Leercultuur.none(), Suppression.DEFAULT_MIN_GROUP_SIZE, language, outDir);
    }

    /**
     * With the company's latest leercultuurscan ({@code scan}: its scores only) on a sheet of its
     * own when the catalogue configures a scan; its scores over fewer than {@code minGroupSize}
     * respondents are hidden.
     */
    public static WrittenReport write(TrainingPlan plan, Leercultuur scan, int minGroupSize, ReportLanguage language, Path outDir) {
        String base = language.text("file.plan", plan.companyKvk(), plan.date().toString());
        Path workbookFile = outDir.resolve(base + ".xlsx");
        List<Path> pictures = new ArrayList<>();
        byte[] map = plan.picture() == null ? null : MetrokaartMap.png(plan.picture(), language);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook, language);
            PlanStyles planStyles = new PlanStyles(workbook);
            PlanOverviewSheet.write(workbook, styles, planStyles, plan, scan, language, map);
            PlanGapsSheet.write(workbook, styles, planStyles, plan, language);
            PlanSuggestionsSheet.write(workbook, styles, planStyles, plan, language);
            PlanModulesSheet.write(workbook, styles, plan, language);
            if (scan.configured()) {
                PlanLeercultuurSheet.write(workbook, styles, plan, scan, minGroupSize, language);
            }
            Files.createDirectories(outDir);
            if (map != null) {
                Path mapFile = outDir.resolve(base + "-" + language.text("file.plan.map") + ".png");
                Files.write(mapFile, map);
                pictures.add(mapFile);
            }
            // Write beside, then move: a reader never opens half a workbook.
            Path partial = outDir.resolve(base + ".xlsx.part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, workbookFile, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the opleidingsplan to " + outDir, e);
        }
        return new WrittenReport(workbookFile, pictures);
    }

    /** "Medewerker 3" / "Employee 3". */
    static String employee(int number, ReportLanguage language) {
        return language.text("plan.employee", String.valueOf(number));
    }

    static String hours(double hours, ReportLanguage language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    /** A suggestion as one line of text: code, title, lijnen and hours. */
    static String describe(TrainingPlan.Suggestion s, ReportLanguage language) {
        String lijnen = s.lijnen().isEmpty() ? language.text("plan.no_lijn") : String.join(", ", s.lijnen());
        return language.text("plan.suggestion", s.moduleCode(), s.title(), lijnen, hours(s.hours(), language));
    }

    /** What the plan says for one employee and skill: its suggestions, or why there are none. */
    static String suggestions(TrainingPlan.SkillGap gap, ReportLanguage language) {
        if (gap.status() == TrainingPlan.Status.AT_TARGET) {
            return "";
        }
        if (!gap.suggested().isEmpty()) {
            return gap.suggested().stream().map(s -> describe(s, language)).collect(Collectors.joining("; "));
        }
        return gap.reachingModules() == 0
                ? language.text("plan.none_reaches", String.valueOf(gap.targetLevel()))
                : language.text("plan.all_attended", String.valueOf(gap.targetLevel()));
    }
}
