package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.reports.CoachOutcome;
import nl.metrokaart.reports.CoachReach;
import nl.metrokaart.reports.Coaching;
import nl.metrokaart.reports.ImpactReport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the train-the-trainer marts ({@code coach_reach}, {@code coached_colleague_outcome},
 * {@code coaches_trained}) into the reports' models, on the report's own connection. A warehouse
 * without coaches or coaching activities gives none, and the reports leave the sheet out.
 */
final class CoachingQueries {

    private CoachingQueries() {
    }

    static Coaching monthly(JdbcTemplate db, YearMonth month) {
        if (!any(db)) {
            return Coaching.none();
        }
        Date monthKey = Date.valueOf(month.atDay(1));
        List<Coaching.Track> tracks = db.query(MonthlyReportQueries.sql("coaching-tracks"), (rs, i) -> new Coaching.Track(
                rs.getString("track"), rs.getLong("in_month"), rs.getLong("year_to_date"), rs.getLong("to_date")), monthKey);
        return new Coaching(monthly(db, monthKey, "month"), monthly(db, monthKey, "year_to_date"), monthly(db, monthKey, "to_date"),
                db.queryForObject(MonthlyReportQueries.sql("monthly-coaching"), (rs, i) -> new CoachOutcome(
                        rs.getLong("followed"), rs.getLong("enrolled_after"), rs.getLong("badge_after")), monthKey, "to_date"),
                tracks);
    }

    /** One period of a month's row of rpt_coaching. */
    private static CoachReach monthly(JdbcTemplate db, Date month, String period) {
        return db.queryForObject(MonthlyReportQueries.sql("monthly-coaching"), (rs, i) -> reach(rs), month, period);
    }

    /** Per quarter of the period (the part inside it) and for the whole period; empty without any coaching data. */
    static List<ImpactReport.CoachingPeriod> impact(JdbcTemplate db, YearMonth from, YearMonth to) {
        if (!any(db)) {
            return List.of();
        }
        LocalDate start = from.atDay(1);
        LocalDate end = to.atEndOfMonth();
        List<ImpactReport.CoachingPeriod> periods = new ArrayList<>();
        for (LocalDate quarter : ImpactReport.quarters(from, to)) {
            LocalDate[] part = ImpactReportQueries.partOf(quarter, start, end);
            periods.add(new ImpactReport.CoachingPeriod(quarter, reach(db, part[0], part[1]), outcome(db, end, part[0], part[1])));
        }
        periods.add(new ImpactReport.CoachingPeriod(null, reach(db, start, end), outcome(db, end, start, end)));
        return periods;
    }

    private static boolean any(JdbcTemplate db) {
        Boolean any = db.queryForObject("SELECT EXISTS (SELECT 1 FROM coach) OR EXISTS (SELECT 1 FROM coaching_activity)", Boolean.class);
        return Boolean.TRUE.equals(any);
    }

    private static CoachReach reach(JdbcTemplate db, LocalDate from, LocalDate to) {
        return db.queryForObject(MonthlyReportQueries.sql("coaching-reach"), (rs, i) -> reach(rs), Date.valueOf(from), Date.valueOf(to));
    }

    private static CoachReach reach(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CoachReach(
                rs.getLong("coaches_trained"), rs.getLong("coaches_to_date"), rs.getLong("companies_with_coach"),
                rs.getLong("mkb_companies_with_coach"), rs.getLong("companies_first_coach"), rs.getLong("coaches_active"),
                rs.getLong("activities"), rs.getLong("activities_unknown_coach"), rs.getLong("colleague_contacts"),
                rs.getLong("colleagues_named"), rs.getLong("colleagues_reached"), MonthlyReportQueries.nullable(rs, "coaching_hours"));
    }

    /** The colleagues first coached by name in [from, to], followed up to {@code d}. */
    private static CoachOutcome outcome(JdbcTemplate db, LocalDate d, LocalDate from, LocalDate to) {
        return db.queryForObject(MonthlyReportQueries.sql("coaching-outcome"), (rs, i) -> new CoachOutcome(
                rs.getLong("followed"), rs.getLong("enrolled_after"), rs.getLong("badge_after")),
                Date.valueOf(d), Date.valueOf(from), Date.valueOf(to));
    }
}
