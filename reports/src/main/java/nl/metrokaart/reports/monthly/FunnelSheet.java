package nl.metrokaart.reports.monthly;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.FunnelStep;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.FunnelChart;

import org.apache.poi.ss.usermodel.Sheet;

/** The funnel of every run at the report date: enrolled, present, completed, with a badge, converted; and its chart. */
public final class FunnelSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;
    /**
     * The most runs listed one by one (those with the latest last session); the total row still
     * counts every run. Ten thousands of rows serve no board, and would not fit a 512 MB heap.
     */
    public static final int MAX_RUNS = 2_000;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private java.util.concurrent.CompletableFuture<byte[]> chart;
    private final ReportTable table;
    /** The total row's counts and shares, for the chart: enrolled, present, completed, badge, follow-up. */
    private final List<Figure> totalCounts = new ArrayList<>();
    private final List<Figure> totalShares = new ArrayList<>();
    private final int runsLeftOut;

    public FunnelSheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.table = new ReportTable("Funnel")
                .column(language.text("col.run"), 16)
                .column(language.text("col.lijn"), 9)
                .column(language.text("col.first_session"), 13)
                .column(language.text("col.last_session"), 13)
                .column(language.text("col.enrolled"), 13)
                .column(language.text("col.present_any"), 13)
                .column(language.text("col.present_any_share"), 11)
                .column(language.text("col.completed"), 12)
                .column(language.text("col.completed_share"), 11)
                .column(language.text("col.with_badge"), 12)
                .column(language.text("col.with_badge_share"), 11)
                .column(language.text("col.with_followup"), 14)
                .column(language.text("col.with_followup_share"), 13)
                .column(language.text("col.window"), 14);
        // the query lists the runs by last session, then the total row
        long runs = report.funnel().stream().filter(step -> step.runCode() != null).count();
        this.runsLeftOut = (int) Math.max(0, runs - MAX_RUNS);
        for (FunnelStep step : report.funnel().subList(runsLeftOut, report.funnel().size())) {
            Figure enrolled = Figure.people(step.enrolled());
            Figure present = Figure.people(step.presentAny());
            Figure completed = Figure.people(step.completed());
            Figure badge = Figure.people(step.withBadge());
            Figure followup = Figure.people(step.withFollowup());
            Figure presentShare = Figure.rate(step.presentAnyShare(), step.enrolled(), Format.PERCENT, present, enrolled);
            Figure completedShare = Figure.rate(step.completedShare(), step.enrolled(), Format.PERCENT, completed, enrolled);
            Figure badgeShare = Figure.rate(step.withBadgeShare(), step.enrolled(), Format.PERCENT, badge, enrolled);
            Figure followupShare = Figure.rate(step.withFollowupShare(), step.enrolled(), Format.PERCENT, followup, enrolled)
                    .provisional(step.windowOpen());
            boolean total = step.runCode() == null;
            table.row(total ? language.text("funnel.all_runs") : step.runCode(), step.lijnCode(), step.firstSession(), step.lastSession(),
                    enrolled, present, presentShare, completed, completedShare, badge, badgeShare, followup, followupShare,
                    language.text(step.windowOpen() ? "window.open" : "window.closed"));
            if (total) {
                totalCounts.addAll(List.of(enrolled, present, completed, badge, followup));
                totalShares.addAll(List.of(Figure.value(1, Format.PERCENT), presentShare, completedShare, badgeShare, followupShare));
            }
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public void prepare(ReportWorkbook book) {
        if (totalCounts.isEmpty()) {
            return;
        }
        List<String> steps = List.of(language.text("col.enrolled"), language.text("col.present_any"), language.text("col.completed"),
                language.text("col.with_badge"), language.text("col.with_followup"));
        String title = language.text("chart.funnel.title", language.day(report.reportDate()));
        chart = ReportSheet.draw(() -> FunnelChart.png(steps, totalCounts, totalShares, title, book));
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.funnel"));
        book.title(sheet, language.text("funnel.title"), language.text("funnel.subtitle", language.day(report.reportDate())));
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("funnel.note", report.conversionWindowMonths()), 13);
        if (runsLeftOut > 0) {
            row = book.note(sheet, row, language.text("runs.capped", MAX_RUNS, runsLeftOut, "funnel(d)"), 13);
        }
        if (table.anyHidden()) {
            row = book.privacyNote(sheet, row, 13);
        }
        if (totalCounts.isEmpty()) {
            return List.of();
        }
        byte[] png = chart.join();
        book.picture(sheet, png, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new Chart(language.text("file.chart.funnel"), png));
    }
}
