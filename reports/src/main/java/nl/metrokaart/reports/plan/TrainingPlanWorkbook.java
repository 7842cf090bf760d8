package nl.metrokaart.reports.plan;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWriter;
import nl.metrokaart.reports.Suppression;
import nl.metrokaart.reports.TrainingPlan;
import nl.metrokaart.reports.WrittenReport;
import nl.metrokaart.reports.map.MetrokaartMap;

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
        byte[] map = plan.picture() == null ? null : MetrokaartMap.png(plan.picture(), language);
        List<ReportSheet> sheets = new ArrayList<>(List.of(new PlanOverviewSheet(plan, scan, language, map),
                new PlanGapsSheet(plan, language), new PlanSuggestionsSheet(plan, language), new PlanModulesSheet(plan, language)));
        if (scan.configured()) {
            sheets.add(new PlanLeercultuurSheet(plan, scan, minGroupSize, language));
        }
        // Not through Suppression: the plan's figures are the company's own (the scan hides its own small scores).
        return ReportWriter.write(sheets, language, minGroupSize, outDir, base);
    }

    /** "Medewerker 3" / "Employee 3". */
    static String employee(int number, ReportLanguage language) {
        return language.text("plan.employee", String.valueOf(number));
    }

    /** A status as its word, in its colour. */
    static ReportTable.Styled status(TrainingPlan.Status status, ReportLanguage language) {
        return new ReportTable.Styled(language.text(status.messageKey()), styles -> styles.planStatus(status));
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
