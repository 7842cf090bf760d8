package nl.metrokaart.reports;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every suggestion on its own row (employee, skill, module), to filter by module or lijn when planning enrolments. */
final class PlanSuggestionsSheet {

    static final int HEADER_ROW = 3;
    static final int COLUMNS = 11;

    private PlanSuggestionsSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, PlanStyles planStyles, TrainingPlan plan, ReportLanguage language) {
        XSSFSheet sheet = workbook.createSheet(language.text("plan.sheet.suggestions"));
        Sheets.text(sheet, 0, 0, language.text("plan.suggestions.title"), styles);
        Sheets.cell(sheet, 0, 0).setCellStyle(styles.title());
        Sheets.text(sheet, 1, 0, language.text("plan.suggestions.subtitle"), styles);
        Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
        Sheets.headers(sheet, HEADER_ROW, List.of(
                language.text("plan.col.employee"), language.text("plan.col.key"), language.text("plan.col.skill"),
                language.text("plan.col.gap"), language.text("plan.col.status"), language.text("plan.col.module"),
                language.text("plan.col.title"), language.text("plan.col.module_lijnen"), language.text("plan.col.hours"),
                language.text("plan.col.module_level"), language.text("plan.col.target")), styles);
        int row = HEADER_ROW + 1;
        for (TrainingPlan.SkillGap gap : plan.gaps()) {
            for (TrainingPlan.Suggestion s : gap.suggested()) {
                Sheets.text(sheet, row, 0, TrainingPlanWorkbook.employee(gap.employee(), language), styles);
                Sheets.text(sheet, row, 1, gap.keyPrefix(), styles);
                Sheets.text(sheet, row, 2, gap.skillCode(), styles);
                Sheets.number(sheet, row, 3, gap.gap(), styles.integer());
                Sheets.text(sheet, row, 4, language.text(gap.status().messageKey()), styles);
                Sheets.cell(sheet, row, 4).setCellStyle(planStyles.status(gap.status()));
                Sheets.text(sheet, row, 5, s.moduleCode(), styles);
                Sheets.text(sheet, row, 6, s.title(), styles);
                Sheets.text(sheet, row, 7, s.lijnen().isEmpty() ? language.text("plan.no_lijn") : String.join(", ", s.lijnen()), styles);
                Sheets.number(sheet, row, 8, s.hours(), styles.decimal());
                Sheets.number(sheet, row, 9, s.level(), styles.integer());
                Sheets.number(sheet, row, 10, gap.targetLevel(), styles.integer());
                row++;
            }
        }
        Sheets.table(sheet, "Voorstellen", HEADER_ROW, row - 1, COLUMNS);
        Sheets.widths(sheet, 15, 11, 14, 9, 16, 10, 40, 16, 9, 13, 11);
    }
}
