package nl.metrokaart.reports.plan;

import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.TrainingPlan;

import org.apache.poi.ss.usermodel.Sheet;

/** Every suggestion on its own row (employee, skill, module), to filter by module or lijn when planning enrolments. */
public final class PlanSuggestionsSheet implements ReportSheet {

    public static final int HEADER_ROW = 3;

    private final ReportLanguage language;
    private final ReportTable table;

    public PlanSuggestionsSheet(TrainingPlan plan, ReportLanguage language) {
        this.language = language;
        this.table = new ReportTable("Voorstellen")
                .column(language.text("plan.col.employee"), 15)
                .column(language.text("plan.col.key"), 11)
                .column(language.text("plan.col.skill"), 14)
                .column(language.text("plan.col.gap"), 9)
                .column(language.text("plan.col.status"), 16)
                .column(language.text("plan.col.module"), 10)
                .column(language.text("plan.col.title"), 40)
                .column(language.text("plan.col.module_lijnen"), 16)
                .column(language.text("plan.col.hours"), 9)
                .column(language.text("plan.col.module_level"), 13)
                .column(language.text("plan.col.target"), 11);
        for (TrainingPlan.SkillGap gap : plan.gaps()) {
            for (TrainingPlan.Suggestion s : gap.suggested()) {
                table.row(TrainingPlanWorkbook.employee(gap.employee(), language), gap.keyPrefix(), gap.skillCode(),
                        PlanGapsSheet.level(gap.gap()), TrainingPlanWorkbook.status(gap.status(), language), s.moduleCode(), s.title(),
                        s.lijnen().isEmpty() ? language.text("plan.no_lijn") : String.join(", ", s.lijnen()),
                        Figure.value(s.hours(), Figure.Format.DECIMAL), PlanGapsSheet.level(s.level()),
                        PlanGapsSheet.level(gap.targetLevel()));
            }
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("plan.sheet.suggestions"));
        book.title(sheet, language.text("plan.suggestions.title"), language.text("plan.suggestions.subtitle"));
        book.table(sheet, HEADER_ROW, table, true);
        return List.of();
    }
}
