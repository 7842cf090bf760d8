package nl.metrokaart.reports.monthly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.metrokaart.reports.CohortConversion;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.ConversionChart;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Conversion per cohort at the report date: participants and companies of each run that went on to
 * a follow-up within the window, split by the type of the first one; open windows are provisional.
 */
final class ConversionSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;
    /** The most cohorts in the chart: the latest ones. */
    static final int MAX_COHORTS = 60;
    private final int runsLeftOut;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private java.util.concurrent.CompletableFuture<byte[]> chart;
    private final ReportTable table;
    private final List<String> chartLabels = new ArrayList<>();
    private final List<Figure> chartRates = new ArrayList<>();

    ConversionSheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.table = new ReportTable("Conversie")
                .column(language.text("col.run"), 16)
                .column(language.text("col.lijn"), 9)
                .column(language.text("col.last_session"), 13)
                .column(language.text("col.window_end"), 13)
                .column(language.text("col.window"), 14)
                .column(language.text("col.cohort"), 11)
                .column(language.text("col.converted"), 13)
                .column(language.text("col.conversion_rate"), 12)
                .column(language.text("col.median_days"), 13);
        for (String type : report.followupTypes()) {
            table.column(language.text("col.first_type", type), 14);
        }
        table.column(language.text("col.companies"), 11)
                .column(language.text("col.companies_converted"), 14)
                .column(language.text("col.company_conversion_rate"), 13);
        // the query lists the cohorts by last session: the latest FunnelSheet.MAX_RUNS of them one by one
        runsLeftOut = Math.max(0, report.conversion().size() - FunnelSheet.MAX_RUNS);
        List<CohortConversion> listed = report.conversion().subList(runsLeftOut, report.conversion().size());
        List<CohortConversion> latest = listed.stream()
                .sorted(Comparator.comparing(CohortConversion::lastSession).reversed()).limit(MAX_COHORTS)
                .sorted(Comparator.comparing(CohortConversion::lastSession).thenComparing(CohortConversion::runCode)).toList();
        java.util.Map<CohortConversion, Figure> rateOf = new java.util.IdentityHashMap<>();
        for (CohortConversion c : listed) {
            Figure cohort = Figure.people(c.cohortSize());
            Figure converted = Figure.people(c.converted());
            Figure rate = Figure.rate(c.conversionRate(), c.cohortSize(), Format.PERCENT, converted, cohort).provisional(c.windowOpen());
            List<Object> cells = new ArrayList<>(List.of(c.runCode(), c.lijnCode(), c.lastSession(), c.windowEnd(),
                    language.text(c.windowOpen() ? "window.open" : "window.closed"), cohort, converted, rate,
                    // a median of days over the converted participants
                    Figure.rate(c.medianDaysToConvert(), c.converted(), Format.DECIMAL, converted)));
            List<Figure> types = new ArrayList<>();
            for (String type : report.followupTypes()) {
                Figure count = Figure.people(c.byType().getOrDefault(type, 0L));
                types.add(count);
                cells.add(count);
            }
            cells.add(Figure.count(c.companies()));
            cells.add(Figure.count(c.companiesConverted()));
            cells.add(Figure.value(c.companyConversionRate(), Format.PERCENT).provisional(c.windowOpen()));
            table.row(cells.toArray());
            if (!types.isEmpty()) {
                table.line(types, converted);
            }
            rateOf.put(c, rate);
        }
        for (CohortConversion c : latest) {
            chartLabels.add(c.runCode());
            chartRates.add(rateOf.get(c));
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public void prepare(ReportWorkbook book) {
        if (chartRates.isEmpty()) {
            return;
        }
        String day = language.day(report.reportDate());
        String title = report.conversion().size() > MAX_COHORTS
                ? language.text("chart.conversion.latest_title", MAX_COHORTS, day) : language.text("chart.conversion.title", day);
        chart = ReportSheet.draw(() -> ConversionChart.png(chartLabels, chartRates, title, language.text("chart.cohort"), book));
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.conversion"));
        String day = language.day(report.reportDate());
        book.title(sheet, language.text("conversion.title"), language.text("conversion.subtitle", day, report.conversionWindowMonths()));
        int lastColumn = 11 + report.followupTypes().size();
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("conversion.note", report.conversionWindowMonths()), Math.min(lastColumn, 12));
        if (runsLeftOut > 0) {
            row = book.note(sheet, row, language.text("runs.capped", FunnelSheet.MAX_RUNS, runsLeftOut, "conversion(d, w)"),
                    Math.min(lastColumn, 12));
        }
        if (table.anyHidden()) {
            row = book.privacyNote(sheet, row, Math.min(lastColumn, 12));
        }
        if (chartRates.isEmpty()) {
            return List.of();
        }
        byte[] png = chart.join();
        book.picture(sheet, png, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new Chart(language.text("file.chart.conversion"), png));
    }
}
