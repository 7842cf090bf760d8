package nl.metrokaart.reports.monthly;

import java.util.List;

import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.ModuleBadges;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/** Badges per nanomodule: issued in the month, the year and in all, accepted, revoked, and the badge rate. */
final class BadgesSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private final ReportTable table;

    BadgesSheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        String month = language.monthName(report.month());
        this.table = new ReportTable("Badges")
                .column(language.text("col.module"), 10)
                .column(language.text("col.module_title"), 36)
                .column(language.text("col.issued_in", month), 14)
                .column(language.text("col.issued_in_year", String.valueOf(report.month().getYear())), 14)
                .column(language.text("col.issued"), 12)
                .column(language.text("col.accepted"), 13)
                .column(language.text("col.revoked"), 12)
                .column(language.text("col.participants_present"), 13)
                .column(language.text("col.badge_holders"), 12)
                .column(language.text("col.badge_rate"), 12)
                .column(language.text("col.acceptance_rate"), 14);
        for (ModuleBadges m : report.badges()) {
            Figure present = Figure.people(m.participantsPresent());
            Figure holders = Figure.people(m.badgeHolders());
            Figure accepted = Figure.people(m.accepted());
            table.row(m.moduleCode(), m.title(), Figure.people(m.issuedInMonth()), Figure.people(m.issuedYearToDate()),
                    Figure.people(m.issued()), accepted, Figure.people(m.revoked()), present, holders,
                    Figure.rate(m.badgeRate(), m.participantsPresent(), Format.PERCENT, holders, present),
                    Figure.rate(m.acceptanceRate(), m.issuedWithAcceptance(), Format.PERCENT, accepted));
        }
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(table);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.badges"));
        book.title(sheet, language.text("badges.title"), language.text("badges.subtitle", language.day(report.reportDate())));
        int row = book.table(sheet, HEADER_ROW, table, true);
        row = book.note(sheet, row + 1, language.text("badges.note"), 10);
        if (table.anyHidden()) {
            book.privacyNote(sheet, row, 10);
        }
        return List.of();
    }
}
