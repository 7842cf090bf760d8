package nl.metrokaart.reports.monthly;

import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.RunOccupancy;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.OccupancyChart;

import org.apache.poi.ss.usermodel.Sheet;

/** The occupancy of every run active in the month: participants against the lijn's band, and its chart. */
public final class OccupancySheet implements ReportSheet {

    public static final int HEADER_ROW = 3;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private java.util.concurrent.CompletableFuture<byte[]> chart;
    private final ReportTable table;

    public OccupancySheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.table = new ReportTable("Bezetting")
                .column(language.text("col.run"), 16)
                .column(language.text("col.lijn"), 9)
                .column(language.text("col.lijn_name"), 34)
                .column(language.text("col.first_session"), 13)
                .column(language.text("col.last_session"), 13)
                .column(language.text("col.participants"), 12)
                .column(language.text("col.min"), 9)
                .column(language.text("col.max"), 9)
                .column(language.text("col.occupancy_rate"), 12)
                .column(language.text("col.band_status"), 15);
        for (RunOccupancy run : report.runs()) {
            table.row(run.runCode(), run.lijnCode(), run.lijnName(), run.firstSession(), run.lastSession(),
                    Figure.people(run.participants()), Figure.count(run.minParticipants()), Figure.count(run.maxParticipants()),
                    // places taken of the places offered: about the run, not a rate over people
                    Figure.value(run.occupancyRate(), Format.PERCENT),
                    new ReportTable.Styled(language.text(run.bandStatus().messageKey()), s -> s.bandStatus(run.bandStatus())));
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public void prepare(ReportWorkbook book) {
        String month = language.monthName(report.month());
        // Beyond a few dozen runs, bars per run are unreadable: then the runs per lijn by status.
        chart = ReportSheet.draw(() -> report.runs().size() <= OccupancyChart.MAX_RUNS
                ? OccupancyChart.png(report.runs(), language.text("chart.occupancy.title", month), language)
                : OccupancyChart.statusPerLijn(report.runs(), language.text("chart.occupancy.by_lijn.title", month), language));
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.occupancy"));
        String month = language.monthName(report.month());
        book.title(sheet, language.text("occupancy.title"), language.text("occupancy.subtitle", month));
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("occupancy.note"), 9);
        if (table.anyHidden()) {
            row = book.privacyNote(sheet, row, 9);
        }
        byte[] png = chart.join();
        book.picture(sheet, png, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new Chart(language.text("file.chart.occupancy"), png));
    }
}
