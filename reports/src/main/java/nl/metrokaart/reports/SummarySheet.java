package nl.metrokaart.reports;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet a board member sees: the month's occupancy in a few numbers, and how fresh each source is. */
final class SummarySheet {

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, MonthlyReport report, ReportLanguage language) {
        XSSFSheet sheet = workbook.createSheet(language.text("sheet.summary"));
        Sheets.text(sheet, 0, 0, language.text("summary.title", MonthlyWorkbook.monthName(report.month(), language)), styles);
        Sheets.cell(sheet, 0, 0).setCellStyle(styles.title());
        Sheets.text(sheet, 1, 0, report.pps(), styles);
        Sheets.cell(sheet, 1, 0).setCellStyle(styles.subtitle());
        Sheets.text(sheet, 2, 0, language.text("summary.report_date"), styles);
        Sheets.date(sheet, 2, 1, report.reportDate(), styles);

        int row = 4;
        Sheets.headers(sheet, row++, List.of(language.text("summary.kpi"), language.text("summary.value")), styles);
        Sheets.text(sheet, row, 0, language.text("summary.active_runs"), styles);
        Sheets.number(sheet, row++, 1, report.runs().size(), styles.integer());
        for (BandStatus status : BandStatus.values()) {
            long count = report.runs().stream().filter(r -> r.bandStatus() == status).count();
            Sheets.text(sheet, row, 0, language.text("summary.runs_with_status", language.text(status.messageKey())), styles);
            Sheets.number(sheet, row++, 1, count, styles.integer());
        }
        Sheets.text(sheet, row, 0, language.text("summary.places_taken"), styles);
        Sheets.number(sheet, row++, 1, report.runs().stream().mapToInt(RunOccupancy::participants).sum(), styles.integer());
        Sheets.text(sheet, row, 0, language.text("summary.mean_occupancy"), styles);
        Sheets.number(sheet, row++, 1, report.runs().isEmpty() ? null
                : report.runs().stream().mapToDouble(RunOccupancy::occupancyRate).average().orElse(0), styles.percent());

        row += 1;
        int sourcesHeader = row;
        Sheets.headers(sheet, row++, List.of(language.text("col.source"), language.text("col.data_up_to"), language.text("col.rows")), styles);
        for (SourceFreshness source : report.sources()) {
            Sheets.text(sheet, row, 0, language.text("source." + source.source()), styles);
            Sheets.date(sheet, row, 1, source.dataUpTo(), styles);
            Sheets.number(sheet, row++, 2, source.rows(), styles.integer());
        }
        Sheets.table(sheet, "Bronnen", sourcesHeader, row - 1, 3);
        sheet.createFreezePane(0, 0);
        Sheets.widths(sheet, 44, 18, 12);
    }
}
