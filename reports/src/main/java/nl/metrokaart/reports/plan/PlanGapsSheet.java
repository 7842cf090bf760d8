package nl.metrokaart.reports.plan;

import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.TrainingPlan;

import org.apache.poi.ss.usermodel.Sheet;

/** Per employee and skill: target, current level, gap, status, and the modules that close it. */
public final class PlanGapsSheet implements ReportSheet {

    public static final int HEADER_ROW = 3;

    private final TrainingPlan plan;
    private final ReportLanguage language;
    private final ReportTable table;

    public PlanGapsSheet(TrainingPlan plan, ReportLanguage language) {
        this.plan = plan;
        this.language = language;
        this.table = new ReportTable("Tekorten")
                .column(language.text("plan.col.employee"), 15)
                .column(language.text("plan.col.key"), 11)
                .column(language.text("plan.col.skill"), 14)
                .column(language.text("plan.col.skill_name"), 40)
                .column(language.text("plan.col.lijnen"), 14)
                .column(language.text("plan.col.target"), 11)
                .column(language.text("plan.col.current"), 11)
                .column(language.text("plan.col.gap"), 9)
                .column(language.text("plan.col.status"), 16)
                .column(language.text("plan.col.suggested_count"), 13)
                .column(language.text("plan.col.shortest"), 13)
                .column(language.text("plan.col.suggested"), 110);
        for (TrainingPlan.SkillGap gap : plan.gaps()) {
            boolean needsModules = gap.status() != TrainingPlan.Status.AT_TARGET;
            Double shortest = gap.suggested().stream().mapToDouble(TrainingPlan.Suggestion::hours).min().stream()
                    .boxed().findFirst().orElse(null);
            table.row(TrainingPlanWorkbook.employee(gap.employee(), language), gap.keyPrefix(), gap.skillCode(), gap.skillName(),
                    String.join(", ", gap.lijnen()), level(gap.targetLevel()), level(gap.currentLevel()), level(gap.gap()),
                    TrainingPlanWorkbook.status(gap.status(), language),
                    Figure.count(needsModules ? gap.suggested().size() : null),
                    Figure.value(shortest, Figure.Format.DECIMAL), TrainingPlanWorkbook.suggestions(gap, language));
        }
    }

    /** A skill level (or a gap in levels); empty when unrated. */
    public static Figure level(Integer level) {
        return Figure.value(level, Figure.Format.INTEGER);
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("plan.sheet.gaps"));
        book.title(sheet, language.text("plan.gaps.title"),
                language.text("plan.gaps.subtitle", plan.companyName(), PlanOverviewSheet.date(plan, language)));
        book.table(sheet, HEADER_ROW, table, true);
        return List.of();
    }
}
