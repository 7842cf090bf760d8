package nl.metrokaart.reports.impact;

import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.PeriodGrid;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.ConversionChart;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Conversion of the runs that ended in each quarter, measured at the end of the period: their
 * participants (per run, summed), those converted, split by the type of their first follow-up,
 * the rate (provisional while a window is open), and the same for their companies; and its chart.
 */
final class ImpactConversionSheet implements ReportSheet {

    private final ImpactReport report;
    private final ReportLanguage language;
    private final PeriodGrid grid;
    private final Figure[] converted;
    private final Figure[] rate;

    ImpactConversionSheet(ImpactReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.grid = new PeriodGrid("ConversieKwartaal", List.of(language.text("col.measure")), List.of(46),
                ImpactSheets.periodHeaders(report, language));
        List<ImpactReport.Conversion> rows = report.conversion();
        int periods = report.quarters().size() + 1;
        boolean[] open = new boolean[periods];
        rows.forEach(r -> {
            int c = ImpactSheets.column(report, r.quarter());
            if (c >= 0) {
                open[c] = r.windowOpen();
            }
        });
        Figure[] runs = ImpactSheets.perPeriod(report, rows, ImpactReport.Conversion::quarter, r -> Figure.count(r.runs()), () -> Figure.count(0));
        Figure[] cohort = ImpactSheets.perPeriod(report, rows, ImpactReport.Conversion::quarter, r -> Figure.people(r.cohortSize()),
                () -> Figure.people(0));
        this.converted = ImpactSheets.perPeriod(report, rows, ImpactReport.Conversion::quarter, r -> Figure.people(r.converted()),
                () -> Figure.people(0));
        this.rate = new Figure[periods];
        Figure[] companies = ImpactSheets.perPeriod(report, rows, ImpactReport.Conversion::quarter, r -> Figure.count(r.companies()),
                () -> Figure.count(0));
        Figure[] companiesConverted = ImpactSheets.perPeriod(report, rows, ImpactReport.Conversion::quarter,
                r -> Figure.count(r.companiesConverted()), () -> Figure.count(0));
        Figure[] companyRate = ImpactSheets.perPeriod(report, rows, ImpactReport.Conversion::quarter,
                r -> Figure.value(r.companyConversionRate(), Format.PERCENT).provisional(r.windowOpen()), null);
        for (int c = 0; c < periods; c++) {
            int column = c;
            ImpactReport.Conversion source = rows.stream().filter(r -> ImpactSheets.column(report, r.quarter()) == column).findFirst().orElse(null);
            rate[c] = Figure.rate(source == null ? null : source.conversionRate(), source == null ? 0 : source.cohortSize(), Format.PERCENT,
                    converted[c], cohort[c]).provisional(open[c]);
        }
        grid.row(List.of(language.text("measure.runs_ended")), runs);
        int cohortRow = grid.row(List.of(language.text("measure.cohort")), cohort);
        int convertedRow = grid.row(List.of(language.text("measure.converted")), converted);
        List<String> types = report.conversionByType().stream().map(ImpactReport.Counted::code).distinct().sorted().toList();
        List<Integer> typeRows = new ArrayList<>();
        for (String type : types) {
            List<ImpactReport.Counted> ofType = report.conversionByType().stream().filter(t -> type.equals(t.code())).toList();
            int row = grid.row(List.of(language.text("measure.first_type", type)), ImpactSheets.perPeriod(report, ofType,
                    ImpactReport.Counted::quarter, t -> Figure.people(t.count()), () -> Figure.people(0)));
            grid.quartersAddUp(row);
            typeRows.add(row);
        }
        grid.row(List.of(language.text("measure.conversion_rate")), rate);
        grid.row(List.of(language.text("measure.companies_of_runs")), companies);
        grid.row(List.of(language.text("measure.companies_converted")), companiesConverted);
        grid.row(List.of(language.text("measure.company_conversion_rate")), companyRate);
        grid.quartersAddUp(cohortRow);
        grid.quartersAddUp(convertedRow);
        grid.rowsAddUp(typeRows, convertedRow);
        List<Object> windowLabels = new ArrayList<>();
        windowLabels.add(language.text("measure.window"));
        for (int c = 0; c < periods; c++) {
            windowLabels.add(language.text(open[c] ? "window.open" : "window.closed"));
        }
        grid.table().row(windowLabels.toArray());
    }

    Figure[] converted() {
        return converted;
    }

    Figure[] rate() {
        return rate;
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(grid.table());
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.conversion"));
        String day = language.day(report.end());
        int row = ImpactSheets.write(book, sheet, report, language.text("impact_conversion.title"),
                language.text("impact_conversion.subtitle", ImpactSheets.period(report, language), day, report.conversionWindowMonths()),
                grid.table(), language.text("impact_conversion.note", report.conversionWindowMonths()));
        List<String> labels = new ArrayList<>(ImpactSheets.periodHeaders(report, language));
        byte[] chart = ConversionChart.png(labels, List.of(rate), language.text("chart.impact_conversion.title", day),
                language.text("chart.quarter_of_last_session"), book);
        book.picture(sheet, chart, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new Chart(language.text("file.chart.conversion"), chart));
    }
}
