package nl.metrokaart.reports.monthly;

import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.charts.ChartTheme;
import nl.metrokaart.reports.charts.LeercultuurChart;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The leercultuurscan tables the board's and the funder's workbooks share: the distribution over
 * the companies and score band against conversion. Both count companies (not people) and means
 * over companies that each had at least k respondents, so privacy leaves them whole.
 */
public final class LeercultuurTables {

    private LeercultuurTables() {
    }

    public static ReportTable distribution(Leercultuur scan, ReportLanguage language, String name) {
        ReportTable table = new ReportTable(name)
                .column(language.text("lc.col.dimension"), 12)
                .column(language.text("lc.col.dimension_name"), 26)
                .column(language.text("col.companies"), 11);
        for (String column : List.of("lc.col.mean", "lc.col.min", "lc.col.q1", "lc.col.median", "lc.col.q3", "lc.col.max")) {
            table.column(language.text(column), 11);
        }
        table.column(language.text("lc.band.laag"), 9).column(language.text("lc.band.midden"), 9).column(language.text("lc.band.hoog"), 9);
        List<String> order = new java.util.ArrayList<>(scan.dimensions().stream().map(Leercultuur.Dimension::code).toList());
        order.add(null);
        for (String code : order) {
            Leercultuur.Distribution d = scan.distribution().stream()
                    .filter(x -> java.util.Objects.equals(x.dimensionCode(), code)).findFirst()
                    .orElse(new Leercultuur.Distribution(code, 0, null, null, null, null, null, null, 0, 0, 0));
            table.row(code == null ? language.text("lc.all_dimensions") : code, code == null ? "" : scan.nameOf(code),
                    Figure.count(d.companies()), score(d.mean()), score(d.min()), score(d.q1()), score(d.median()), score(d.q3()),
                    score(d.max()), Figure.count(d.laag()), Figure.count(d.midden()), Figure.count(d.hoog()));
        }
        return table;
    }

    public static ReportTable conversion(Leercultuur scan, ReportLanguage language, String name) {
        ReportTable table = new ReportTable(name)
                .column(language.text("lc.col.score_band"), 12)
                .column(language.text("lc.col.band_scores"), 14)
                .column(language.text("lc.col.companies_scanned"), 12)
                .column(language.text("lc.col.cohort_companies"), 12)
                .column(language.text("col.companies_converted"), 14)
                .column(language.text("col.company_conversion_rate"), 13);
        for (Leercultuur.BandConversion b : scan.conversion()) {
            table.row(language.text("lc.band." + b.band()), range(scan, b.band(), language), Figure.count(b.companies()),
                    Figure.count(b.cohortCompanies()), Figure.count(b.converted()),
                    Figure.value(b.conversionRate(), Format.PERCENT).provisional(b.windowOpen()));
        }
        return table;
    }

    /** Writes both under {@code row} with their titles and notes; returns the row below. */
    public static int write(ReportWorkbook book, Sheet sheet, int row, Leercultuur scan, ReportTable distribution, ReportTable conversion,
                     int minGroupSize, int windowMonths, int lastColumn) {
        ReportLanguage language = book.language();
        java.text.NumberFormat number = scoreFormat(language);
        fitHeaders(sheet, distribution);
        fitHeaders(sheet, conversion);
        row = book.note(sheet, row + 1, language.text("lc.distribution.title"), lastColumn);
        row = book.table(sheet, row, distribution, false);
        row = book.note(sheet, row, language.text("lc.distribution.note", minGroupSize, number.format(scan.bandFrom(1)),
                number.format(scan.bandFrom(2))), lastColumn);
        row = book.note(sheet, row + 1, language.text("lc.conversion.title"), lastColumn);
        row = book.table(sheet, row, conversion, false);
        return book.note(sheet, row, language.text("lc.conversion.note", minGroupSize, windowMonths), lastColumn);
    }

    /** Widens a column where a word of this table's header would not fit (the sheet's widths are its first table's). */
    private static void fitHeaders(Sheet sheet, ReportTable table) {
        for (int c = 0; c < table.headers().size(); c++) {
            int longestWord = java.util.Arrays.stream(table.headers().get(c).split(" ")).mapToInt(String::length).max().orElse(0);
            sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), (longestWord + 2) * 256));
        }
    }

    /** The distribution's chart under {@code row}, and as a file beside the workbook. */
    public static List<ReportSheet.Chart> chart(ReportWorkbook book, Sheet sheet, int row, Leercultuur scan, String title) {
        byte[] png = LeercultuurChart.png(scan, title, book.language());
        book.picture(sheet, png, row + 1, 0, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        return List.of(new ReportSheet.Chart(book.language().text("file.chart.leercultuur"), png));
    }

    /** A mean over companies: a value, not a figure about people. */
    private static Figure score(Double value) {
        return Figure.value(value, Format.DECIMAL2);
    }

    /** A score in the text of a note or label, as the report's language writes numbers (3,67). */
    public static java.text.NumberFormat scoreFormat(ReportLanguage language) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(language.locale());
        number.setMaximumFractionDigits(2);
        return number;
    }

    private static String range(Leercultuur scan, String band, ReportLanguage language) {
        java.text.NumberFormat number = scoreFormat(language);
        return switch (band) {
            case "laag" -> language.text("lc.range.below", number.format(scan.bandFrom(1)));
            case "midden" -> language.text("lc.range.between", number.format(scan.bandFrom(1)), number.format(scan.bandFrom(2)));
            default -> language.text("lc.range.from", number.format(scan.bandFrom(2)));
        };
    }
}
