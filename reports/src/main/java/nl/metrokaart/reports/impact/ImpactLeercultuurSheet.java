package nl.metrokaart.reports.impact;

import java.util.List;

import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.Leercultuur;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;
import nl.metrokaart.reports.monthly.LeercultuurTables;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The funder's view of the leercultuurscan at the end of the period: no company named, only the
 * distribution over the companies whose latest scan had at least k respondents, and score band
 * against company conversion.
 */
final class ImpactLeercultuurSheet implements ReportSheet {

    private final Leercultuur scan;
    private final ImpactReport report;
    private final ReportLanguage language;
    private final ReportTable distribution;
    private final ReportTable conversion;

    ImpactLeercultuurSheet(Leercultuur scan, ImpactReport report, ReportLanguage language) {
        this.scan = scan;
        this.report = report;
        this.language = language;
        this.distribution = LeercultuurTables.distribution(scan, language, "LeercultuurVerdeling");
        this.conversion = LeercultuurTables.conversion(scan, language, "LeercultuurConversie");
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(distribution, conversion);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.leercultuur"));
        book.title(sheet, language.text("lc.impact.title"), language.text("lc.impact.subtitle",
                language.day(report.end()), report.minGroupSize()));
        book.widths(sheet, List.of(14, 26, 12, 12, 14, 13, 11, 11, 11, 9, 9, 9));
        int row = LeercultuurTables.write(book, sheet, 1, scan, distribution, conversion, report.minGroupSize(),
                report.conversionWindowMonths(), 11);
        row = book.privacyNote(sheet, row, 11);
        return LeercultuurTables.chart(book, sheet, row, scan, language.text("lc.chart.title", language.day(report.end())));
    }
}
