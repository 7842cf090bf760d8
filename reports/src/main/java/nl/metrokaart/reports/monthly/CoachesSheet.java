package nl.metrokaart.reports.monthly;

import java.util.List;
import java.util.function.Function;

import nl.metrokaart.reports.CoachOutcome;
import nl.metrokaart.reports.CoachReach;
import nl.metrokaart.reports.Coaching;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Werkplekcoaches (train-the-trainer): coaches trained and their coaching of colleagues in the
 * month, the year to date and up to the report date; what became of the colleagues coached by
 * name; and the coaches trained per track.
 */
final class CoachesSheet implements ReportSheet {

    private static final int HEADER_ROW = 3;

    private final MonthlyReport report;
    private final ReportLanguage language;
    private final ReportTable reach;
    private final ReportTable outcome;
    private final ReportTable tracks;

    CoachesSheet(MonthlyReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        Coaching coaching = report.coaching();
        String month = language.monthName(report.month());
        String year = language.text("summary.year_to_date", String.valueOf(report.month().getYear()),
                report.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, language.locale()));
        String toDate = language.text("coaches.to_date", language.day(report.reportDate()));

        this.reach = new ReportTable("Werkplekcoaches")
                .column(language.text("summary.kpi"), 62).column(month, 16).column(year, 18).column(toDate, 18);
        flow(coaching, "coaches.trained", r -> Figure.people(r.coachesTrained()));
        flow(coaching, "coaches.companies_first", r -> Figure.count(r.companiesFirstCoach()));
        stock("coaches.companies", Figure.count(coaching.toDate().companiesWithCoach()));
        stock("coaches.mkb_companies", Figure.count(coaching.toDate().mkbCompaniesWithCoach()));
        flow(coaching, "coaches.active", r -> Figure.people(r.coachesActive()));
        flow(coaching, "coaches.activities", r -> Figure.count(r.activities()));
        flow(coaching, "coaches.contacts", r -> Figure.people(r.colleagueContacts()));
        flow(coaching, "coaches.reached", r -> Figure.people(r.colleaguesReached()));
        flow(coaching, "coaches.named", r -> Figure.people(r.colleaguesNamed()));
        flow(coaching, "coaches.hours", r -> Figure.value(r.coachingHours(), Format.DECIMAL));
        flow(coaching, "coaches.unknown_coach", r -> Figure.count(r.activitiesUnknownCoach()));

        CoachOutcome o = coaching.outcome();
        this.outcome = new ReportTable("CoachOpbrengst")
                .column(language.text("summary.kpi"), 62).column(language.text("coaches.col.count"), 16)
                .column(language.text("coaches.col.share"), 18);
        Figure followed = Figure.people(o.followed());
        outcome.row(language.text("coaches.followed"), followed, null);
        outcomeRow("coaches.enrolled_after", o.enrolledAfter(), o.enrolledAfterShare(), followed);
        outcomeRow("coaches.badge_after", o.badgeAfter(), o.badgeAfterShare(), followed);

        this.tracks = new ReportTable("CoachesPerTraject")
                .column(language.text("coaches.col.track"), 62).column(month, 16).column(year, 18).column(toDate, 18);
        for (Coaching.Track t : coaching.tracks()) {
            tracks.row(t.track() == null ? language.text("coaches.no_track") : t.track(), Figure.people(t.inMonth()),
                    Figure.people(t.yearToDate()), Figure.people(t.toDate()));
        }
    }

    private void flow(Coaching coaching, String key, Function<CoachReach, Figure> figure) {
        reach.row(language.text(key), figure.apply(coaching.month()), figure.apply(coaching.yearToDate()), figure.apply(coaching.toDate()));
    }

    /** A state on the report date: shown once, in the last column. */
    private void stock(String key, Figure figure) {
        reach.row(language.text(key), null, null, figure);
    }

    /** A count and its share of the followed colleagues (the model's), hidden with either count. */
    private void outcomeRow(String key, long count, Double share, Figure followed) {
        Figure people = Figure.people(count);
        outcome.row(language.text(key), people, Figure.rate(share, followed.value().longValue(), Format.PERCENT, people, followed));
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(reach, outcome, tracks);
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.coaches"));
        book.title(sheet, language.text("coaches.title"), language.text("coaches.subtitle", language.monthName(report.month())));
        int row = book.table(sheet, HEADER_ROW, reach, true);
        row = book.note(sheet, row + 1, language.text("coaches.note"), 3);
        row = book.table(sheet, row + 1, outcome, false);
        row = book.note(sheet, row + 1, language.text("coaches.outcome_note", language.day(report.reportDate())), 3);
        if (!report.coaching().tracks().isEmpty()) {
            row = book.table(sheet, row + 1, tracks, false);
        }
        if (reach.anyHidden() || outcome.anyHidden() || tracks.anyHidden()) {
            book.privacyNote(sheet, row, 3);
        }
        return List.of();
    }
}
