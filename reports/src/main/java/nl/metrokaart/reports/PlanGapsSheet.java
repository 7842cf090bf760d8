package nl.metrokaart.reports;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Per employee and skill: target, current level, gap, status, and the modules that close it. */
final class PlanGapsSheet {

    static final int HEADER_ROW = 3;
    static final int COLUMNS = 12;

    private PlanGapsSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, PlanStyles planStyles, TrainingPlan plan, ReportLanguage language) {
        XSSFSheet sheet = workbook.createSheet(language.text("plan.sheet.gaps"));
        Sheets.text(sheet, 0, 0, language.text("plan.gaps.title"), styles);
        Sheets.cell(sheet, 0, 0).setCellStyle(styles.title());
        Sheets.text(sheet, 1, 0, language.text("plan.gaps.subtitle", plan.companyName(), PlanOverviewSheet.date(plan, language)), styles);
        Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
        Sheets.headers(sheet, HEADER_ROW, List.of(
                language.text("plan.col.employee"), language.text("plan.col.key"), language.text("plan.col.skill"),
                language.text("plan.col.skill_name"), language.text("plan.col.lijnen"), language.text("plan.col.target"),
                language.text("plan.col.current"), language.text("plan.col.gap"), language.text("plan.col.status"),
                language.text("plan.col.suggested_count"), language.text("plan.col.shortest"),
                language.text("plan.col.suggested")), styles);
        int row = HEADER_ROW + 1;
        for (TrainingPlan.SkillGap gap : plan.gaps()) {
            Sheets.text(sheet, row, 0, TrainingPlanWorkbook.employee(gap.employee(), language), styles);
            Sheets.text(sheet, row, 1, gap.keyPrefix(), styles);
            Sheets.text(sheet, row, 2, gap.skillCode(), styles);
            Sheets.text(sheet, row, 3, gap.skillName(), styles);
            Sheets.text(sheet, row, 4, String.join(", ", gap.lijnen()), styles);
            Sheets.number(sheet, row, 5, gap.targetLevel(), styles.integer());
            Sheets.number(sheet, row, 6, gap.currentLevel(), styles.integer());
            Sheets.number(sheet, row, 7, gap.gap(), styles.integer());
            Sheets.text(sheet, row, 8, language.text(gap.status().messageKey()), styles);
            Sheets.cell(sheet, row, 8).setCellStyle(planStyles.status(gap.status()));
            boolean needsModules = gap.status() != TrainingPlan.Status.AT_TARGET;
            Sheets.number(sheet, row, 9, needsModules ? gap.suggested().size() : null, styles.integer());
            Sheets.number(sheet, row, 10, gap.suggested().stream().mapToDouble(TrainingPlan.Suggestion::hours).min().stream()
                    .boxed().findFirst().orElse(null), styles.decimal());
            Sheets.text(sheet, row, 11, TrainingPlanWorkbook.suggestions(gap, language), styles);
            row++;
        }
        Sheets.table(sheet, "Tekorten", HEADER_ROW, row - 1, COLUMNS);
        Sheets.widths(sheet, 15, 11, 14, 40, 14, 11, 11, 9, 16, 13, 13, 110);
    }
}
