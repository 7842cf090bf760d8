package nl.metrokaart.reports.impact;

import java.util.List;
import java.util.function.Function;

import nl.metrokaart.reports.CoachOutcome;
import nl.metrokaart.reports.Figure;
import nl.metrokaart.reports.Figure.Format;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.PeriodGrid;
import nl.metrokaart.reports.ReportLanguage;
import nl.metrokaart.reports.ReportSheet;
import nl.metrokaart.reports.ReportTable;
import nl.metrokaart.reports.ReportWorkbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Werkplekcoaches per quarter for the funder: coaches trained, companies with a coach, the
 * colleagues their coaching reached, and what became of the colleagues first coached by name in
 * the quarter, up to the period's end. Aggregated, no company named, every count of people protected.
 */
final class ImpactCoachesSheet implements ReportSheet {

    private final ImpactReport report;
    private final ReportLanguage language;
    private final PeriodGrid grid;

    ImpactCoachesSheet(ImpactReport report, ReportLanguage language) {
        this.report = report;
        this.language = language;
        this.grid = new PeriodGrid("WerkplekcoachesKwartaal", List.of(language.text("summary.kpi")), List.of(56),
                ImpactSheets.periodHeaders(report, language));
        // Coaches are trained once per track, nearly always in one quarter: protected as if they add up.
        row("coaches.trained", c -> Figure.people(c.reach().coachesTrained()), true);
        // A company's first coach falls in one quarter: those add up to the period.
        row("coaches.companies_first", c -> Figure.count(c.reach().companiesFirstCoach()), true);
        row("impact_coaches.companies", c -> Figure.count(c.reach().companiesWithCoach()), false);
        row("coaches.active", c -> Figure.people(c.reach().coachesActive()), false);
        row("coaches.contacts", c -> Figure.people(c.reach().colleagueContacts()), true);
        row("coaches.reached", c -> Figure.people(c.reach().colleaguesReached()), false);
        row("coaches.hours", c -> Figure.value(c.reach().coachingHours(), Format.DECIMAL), false);
        // Each named colleague is first coached in one quarter: followed colleagues and their outcomes add up.
        Figure[] followed = row("impact_coaches.followed", c -> Figure.people(c.outcome().followed()), true);
        outcome("coaches.enrolled_after", "impact_coaches.enrolled_share", CoachOutcome::enrolledAfter, CoachOutcome::enrolledAfterShare,
                followed);
        outcome("coaches.badge_after", "impact_coaches.badge_share", CoachOutcome::badgeAfter, CoachOutcome::badgeAfterShare, followed);
    }

    private Figure[] row(String key, Function<ImpactReport.CoachingPeriod, Figure> figure, boolean quartersAddUp) {
        int row = grid.row(List.of(language.text(key)), ImpactSheets.perPeriod(report, report.coaching(), ImpactReport.CoachingPeriod::quarter,
                figure, null));
        if (quartersAddUp) {
            grid.quartersAddUp(row);
        }
        return grid.values(row);
    }

    /** A count per period and its share of the followed colleagues (the model's), hidden with either count. */
    private void outcome(String countKey, String shareKey, Function<CoachOutcome, Long> count, Function<CoachOutcome, Double> share,
                         Figure[] followed) {
        Figure[] counts = row(countKey, c -> Figure.people(count.apply(c.outcome())), true);
        Figure[] values = ImpactSheets.perPeriod(report, report.coaching(), ImpactReport.CoachingPeriod::quarter,
                c -> Figure.value(share.apply(c.outcome()), Format.PERCENT), null);
        Figure[] shares = new Figure[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != null && followed[i] != null && values[i] != null) {
                shares[i] = Figure.rate(values[i].value(), followed[i].value().longValue(), Format.PERCENT, counts[i], followed[i]);
            }
        }
        grid.row(List.of(language.text(shareKey)), shares);
    }

    @Override
    public List<ReportTable> tables() {
        return List.of(grid.table());
    }

    @Override
    public List<Chart> write(ReportWorkbook book) {
        Sheet sheet = book.sheet(language.text("sheet.coaches"));
        ImpactSheets.write(book, sheet, report, language.text("coaches.title"), ImpactSheets.period(report, language), grid.table(),
                language.text("impact_coaches.note"));
        return List.of();
    }
}
