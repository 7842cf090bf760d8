package nl.metrokaart.reports;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The occupancy of every run active in the month: participants against the lijn's band, and its chart. */
final class OccupancySheet {

    static final int HEADER_ROW = 3;
    private static final int COLUMNS = 10;

    private OccupancySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, MonthlyReport report, ReportLanguage language, byte[] chart) {
        XSSFSheet sheet = workbook.createSheet(language.text("sheet.occupancy"));
        Sheets.text(sheet, 0, 0, language.text("occupancy.title"), styles);
        Sheets.cell(sheet, 0, 0).setCellStyle(styles.title());
        Sheets.text(sheet, 1, 0, language.text("occupancy.subtitle", MonthlyWorkbook.monthName(report.month(), language)), styles);
        Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
        Sheets.headers(sheet, HEADER_ROW, List.of(
                language.text("col.run"), language.text("col.lijn"), language.text("col.lijn_name"),
                language.text("col.first_session"), language.text("col.last_session"), language.text("col.participants"),
                language.text("col.min"), language.text("col.max"), language.text("col.occupancy_rate"),
                language.text("col.band_status")), styles);
        int row = HEADER_ROW + 1;
        for (RunOccupancy run : report.runs()) {
            Sheets.text(sheet, row, 0, run.runCode(), styles);
            Sheets.text(sheet, row, 1, run.lijnCode(), styles);
            Sheets.text(sheet, row, 2, run.lijnName(), styles);
            Sheets.date(sheet, row, 3, run.firstSession(), styles);
            Sheets.date(sheet, row, 4, run.lastSession(), styles);
            Sheets.number(sheet, row, 5, run.participants(), styles.integer());
            Sheets.number(sheet, row, 6, run.minParticipants(), styles.integer());
            Sheets.number(sheet, row, 7, run.maxParticipants(), styles.integer());
            Sheets.number(sheet, row, 8, run.occupancyRate(), styles.percent());
            Sheets.text(sheet, row, 9, language.text(run.bandStatus().messageKey()), styles);
            Sheets.cell(sheet, row, 9).setCellStyle(styles.bandStatus(run.bandStatus()));
            row++;
        }
        Sheets.table(sheet, "Bezetting", HEADER_ROW, row - 1, COLUMNS);
        Sheets.widths(sheet, 16, 9, 34, 13, 13, 12, 9, 9, 12, 15);
        int below = Math.max(row, HEADER_ROW + 2) + 2;
        Sheets.text(sheet, below, 0, language.text("occupancy.note"), styles);
        Sheets.cell(sheet, below, 0).setCellStyle(styles.note());
        Sheets.picture(workbook, sheet, chart, below + 2, 0, 10, 30);
    }
}
