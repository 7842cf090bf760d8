package nl.metrokaart.reports.monthly;

import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.LijnMonth;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.TrendChart;

import org.apache.poi.ss.usermodel.Sheet;

/** Occupancy per lijn per month over the year up to the report month (monthly_occupancy), and its chart. */
final class TrendSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private java.util.concurrent.CompletableFuture<byte[]> chart;
    private final ReportTable table;

    TrendSheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.table = new ReportTable("Trend")
                .column(language.text("col.month"), 12)
                .column(language.text("col.lijn"), 9)
                .column(language.text("col.lijn_name"), 34)
                .column(language.text("col.active_runs"), 12)
                .column(language.text("col.participants"), 12)
                .column(language.text("col.runs_below_minimum"), 14);
        for (LijnMonth m : report.trend()) {
            table.row(m.month(), m.lijnCode(), m.lijnName(), Figure.count(m.activeRuns()), Figure.people(m.participants()),
                    Figure.count(m.runsBelowMinimum()));
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public void prepare(ReportWorkbook book) {
        if (!report.trend().isEmpty()) {
            chart = ReportSheet.draw(() -> TrendChart.png(report.trend(), report.month(), language.text("chart.trend.title"), language));
        }
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.trend"));
        book.title(sheet, language.text("trend.title"), language.text("trend.subtitle",
                language.monthName(report.month().minusMonths(11)), language.monthName(report.month())));
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("trend.note"), 5);
        if (report.trend().isEmpty()) {
            return List.of();
        }
        byte[] png = chart.join();
        book.picture(sheet, png, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new Chart(language.text("file.chart.trend"), png));
    }
}
