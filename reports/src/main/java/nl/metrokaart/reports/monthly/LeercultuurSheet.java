package nl.metrokaart.reports.monthly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.LeercultuurScore;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The board's view of the leercultuurscan: per company (named) its latest scan with each
 * dimension's score and the change since the scan before; then the distribution over the
 * companies and score band against conversion. A score is a mean over the company's respondents,
 * so it follows the privacy rule: hidden over fewer than k respondents, and its change with it.
 */
public final class LeercultuurSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;
    /** The most companies listed one by one (those with the most respondents); the distribution and bands count all. */
    public static final int MAX_COMPANIES = 1_000;

    private final Leercultuur scan;
    private final MonthlyReport report;
    private final ReportLanguage language;
    private final ReportTable companies;
    private final int companiesLeftOut;
    private final ReportTable distribution;
    private final ReportTable conversion;

    public LeercultuurSheet(Leercultuur scan, MonthlyReport report, ReportLanguage language) {
        this.scan = scan;
        this.report = report;
        this.language = language;
        List<String> dimensions = scan.dimensions().stream().map(Leercultuur.Dimension::code).toList();
        this.companies = new ReportTable("LeercultuurPerBedrijf")
                .column(language.text("col.kvk"), 11)
                .column(language.text("col.company"), 30)
                .column(language.text("lc.col.scan"), 11)
                .column(language.text("lc.col.scan_date"), 12)
                .column(language.text("lc.col.respondents"), 13);
        dimensions.forEach(d -> companies.column(language.text("lc.col.score_of", d), 11));
        dimensions.forEach(d -> companies.column(language.text("lc.col.change_of", d), 11));
        companies.column(language.text("lc.col.previous_scan"), 13);
        Map<String, List<LeercultuurScore>> byCompany = new LinkedHashMap<>();
        scan.scores().forEach(s -> byCompany.computeIfAbsent(s.companyKvk(), c -> new ArrayList<>()).add(s));
        // a board reads a thousand companies at most (and a 512 MB heap holds no more): the ones with the most respondents
        java.util.Set<String> listed = byCompany.values().stream()
                .sorted(java.util.Comparator.comparing((List<LeercultuurScore> rows) -> rows.get(0).scanRespondents()).reversed()
                        .thenComparing(rows -> rows.get(0).companyKvk()))
                .limit(MAX_COMPANIES).map(rows -> rows.get(0).companyKvk()).collect(java.util.stream.Collectors.toSet());
        this.companiesLeftOut = byCompany.size() - listed.size();
        byCompany.values().stream().filter(rows -> listed.contains(rows.get(0).companyKvk())).forEach(rows -> addCompany(rows, dimensions));
        this.distribution = LeercultuurTables.distribution(scan, language, "LeercultuurVerdeling");
        this.conversion = LeercultuurTables.conversion(scan, language, "LeercultuurConversie");
    }

    private void addCompany(List<LeercultuurScore> rows, List<String> dimensions) {
        LeercultuurScore first = rows.get(0);
        Object[] cells = new Object[6 + 2 * dimensions.size()];
        cells[0] = first.companyKvk();
        cells[1] = first.companyName();
        cells[2] = first.scanId();
        cells[3] = first.scanDate();
        cells[4] = Figure.people(first.scanRespondents()).ofOneCompany();
        for (LeercultuurScore s : rows) {
            int d = dimensions.indexOf(s.dimensionCode());
            if (d < 0) {
                continue;
            }
            Figure score = Figure.rate(s.score(), s.respondents(), Format.DECIMAL2);
            cells[5 + d] = score;
            if (s.previousScore() != null) {
                Figure previous = Figure.rate(s.previousScore(), s.previousRespondents(), Format.DECIMAL2);
                cells[5 + dimensions.size() + d] = Figure.change(score, previous, Format.SIGNED_DECIMAL2);
                cells[5 + 2 * dimensions.size()] = s.previousScanId();
            }
        }
        companies.row(cells);
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(companies, distribution, conversion);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.leercultuur"));
        java.text.NumberFormat number = LeercultuurTables.scoreFormat(language);
        book.title(sheet, language.text("lc.title"), language.text("lc.subtitle", language.day(report.reportDate()),
                number.format(scan.scaleMin()), number.format(scan.scaleMax())));
        int lastColumn = Math.min(Math.max(8, 5 + 2 * scan.dimensions().size()), 12);
        int row = book.table(sheet, HEADER_ROW, companies, true);
        if (scan.scores().isEmpty()) {
            row = book.note(sheet, row, language.text("lc.none"), lastColumn);
        }
        row = book.note(sheet, row + 1, language.text("lc.note", report.minGroupSize()), lastColumn);
        if (companiesLeftOut > 0) {
            row = book.note(sheet, row, language.text("lc.capped", MAX_COMPANIES, companiesLeftOut), lastColumn);
        }
        row = LeercultuurTables.write(book, sheet, row, scan, distribution, conversion, report.minGroupSize(), report.conversionWindowMonths(),
                lastColumn);
        row = book.privacyNote(sheet, row, lastColumn);
        return LeercultuurTables.chart(book, sheet, row, scan, language.text("lc.chart.title", language.day(report.reportDate())));
    }
}
