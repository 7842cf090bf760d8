package nl.metrokaart.reports.monthly;

import java.util.List;

import nl.metrokaart.reports.CertificatesEarned;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/** Certificates earned (an issued badge for every module they require): in the month, the year, and up to the report date. */
final class CertificatesSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private final ReportTable table;

    CertificatesSheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        String month = language.monthName(report.month());
        this.table = new ReportTable("Certificaten")
                .column(language.text("col.certificate"), 12)
                .column(language.text("col.certificate_name"), 40)
                .column(language.text("col.certificate_kind"), 18)
                .column(language.text("col.earned_in", month), 14)
                .column(language.text("col.earned_in_year", String.valueOf(report.month().getYear())), 14)
                .column(language.text("col.earned_to_date"), 16);
        for (CertificatesEarned c : report.certificates()) {
            table.row(c.code(), c.name(), c.kind(), Figure.people(c.inMonth()), Figure.people(c.yearToDate()), Figure.people(c.toDate()));
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.certificates"));
        book.title(sheet, language.text("certificates.title"), language.text("certificates.subtitle",
                language.day(report.reportDate())));
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("certificates.note"), 5);
        if (table.anyHidden()) {
            book.privacyNote(sheet, row, 5);
        }
        return List.of();
    }
}
