package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import nl.metrokaart.reports.CoachOutcome;
import nl.metrokaart.reports.CoachReach;
import nl.metrokaart.reports.Coaching;
import nl.metrokaart.reports.ImpactReport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads train-the-trainer's report models ({@code rpt_coaching}, {@code rpt_coaching_tracks},
 * {@code rpt_impact_coaching}) into the reports' models, on the report's own connection. A warehouse
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
                db.queryForObject(MonthlyReportQueries.sql("monthly-coaching"), (rs, i) -> outcome(rs), monthKey, "to_date"),
                tracks);
    }

    /** One period of a month's row of rpt_coaching. */
    private static CoachReach monthly(JdbcTemplate db, Date month, String period) {
        return db.queryForObject(MonthlyReportQueries.sql("monthly-coaching"), (rs, i) -> reach(rs), month, period);
    }

    /** Per quarter of the period (the part inside it) and for the whole period (rpt_impact_coaching); empty without any coaching data. */
    static List<ImpactReport.CoachingPeriod> impact(JdbcTemplate db, YearMonth from, YearMonth to) {
        if (!any(db)) {
            return List.of();
        }
        return db.query(MonthlyReportQueries.sql("impact-coaching"), (rs, i) -> new ImpactReport.CoachingPeriod(
                MonthlyReportQueries.date(rs, "quarter"), reach(rs), outcome(rs)), Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()));
    }

    private static boolean any(JdbcTemplate db) {
        Boolean any = db.queryForObject("SELECT EXISTS (SELECT 1 FROM coach) OR EXISTS (SELECT 1 FROM coaching_activity)", Boolean.class);
        return Boolean.TRUE.equals(any);
    }

    private static CoachReach reach(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CoachReach(
                rs.getLong("coaches_trained"), rs.getLong("coaches_to_date"), rs.getLong("companies_with_coach"),
                rs.getLong("mkb_companies_with_coach"), rs.getLong("companies_first_coach"), rs.getLong("coaches_active"),
                rs.getLong("activities"), rs.getLong("activities_unknown_coach"), rs.getLong("colleague_contacts"),
                rs.getLong("colleagues_named"), rs.getLong("colleagues_reached"), MonthlyReportQueries.nullable(rs, "coaching_hours"));
    }

    /** The colleagues first coached by name in a period, followed up to its end, and their shares (rpt_coaching, rpt_impact_coaching). */
    private static CoachOutcome outcome(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CoachOutcome(rs.getLong("followed"), rs.getLong("enrolled_after"), rs.getLong("badge_after"),
                MonthlyReportQueries.nullable(rs, "enrolled_after_share"), MonthlyReportQueries.nullable(rs, "badge_after_share"));
    }
}
