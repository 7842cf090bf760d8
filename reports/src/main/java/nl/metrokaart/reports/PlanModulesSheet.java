package nl.metrokaart.reports;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Per suggested module: how many of the company's employees it would help, and with which skills. */
final class PlanModulesSheet {

    static final int HEADER_ROW = 3;
    static final int COLUMNS = 8;

    private PlanModulesSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, TrainingPlan plan, ReportLanguage language) {
        XSSFSheet sheet = workbook.createSheet(language.text("plan.sheet.modules"));
        Sheets.text(sheet, 0, 0, language.text("plan.modules.title"), styles);
        Sheets.cell(sheet, 0, 0).setCellStyle(styles.title());
        Sheets.text(sheet, 1, 0, language.text("plan.modules.subtitle"), styles);
        Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
        Sheets.headers(sheet, HEADER_ROW, List.of(
                language.text("plan.col.module"), language.text("plan.col.title"), language.text("plan.col.module_lijnen"),
                language.text("plan.col.hours"), language.text("plan.col.skills"), language.text("plan.col.employees_helped"),
                language.text("plan.col.gaps_closed"), language.text("plan.col.not_rated")), styles);
        int row = HEADER_ROW + 1;
        for (TrainingPlan.ModuleUse module : plan.modules()) {
            Sheets.text(sheet, row, 0, module.moduleCode(), styles);
            Sheets.text(sheet, row, 1, module.title(), styles);
            Sheets.text(sheet, row, 2, module.lijnen().isEmpty() ? language.text("plan.no_lijn") : String.join(", ", module.lijnen()), styles);
            Sheets.number(sheet, row, 3, module.hours(), styles.decimal());
            Sheets.text(sheet, row, 4, String.join(", ", module.skills()), styles);
            Sheets.number(sheet, row, 5, module.employees(), styles.integer());
            Sheets.number(sheet, row, 6, module.gapsClosed(), styles.integer());
            Sheets.number(sheet, row, 7, module.notRated(), styles.integer());
            row++;
        }
        Sheets.table(sheet, "Modules", HEADER_ROW, row - 1, COLUMNS);
        Sheets.widths(sheet, 10, 40, 16, 9, 26, 16, 16, 16);
    }
}
