package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.reports.ImpactReport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the report layer's impact models ({@code models/reporting/rpt_impact_*}, over the tables the
 * ingest materialised) into the funder's impact report model, per quarter of the programme period
 * and for the whole of it: plain selections. The SQL lives in {@code nl/metrokaart/reportjobs/impact-*.sql};
 * no company name is read.
 */
@Component
public class ImpactReportQueries {

    private final JdbcTemplate jdbc;
    private final MetrokaartProperties properties;

    public ImpactReportQueries(JdbcTemplate jdbc, MetrokaartProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public ImpactReport impact(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        return ReportSession.readMonths(jdbc, List.of(to), db -> impact(db, from, to));
    }

    private ImpactReport impact(JdbcTemplate db, YearMonth from, YearMonth to) {
        MonthlyReportQueries.Rules rules = MonthlyReportQueries.rules(db, properties);
        LocalDate start = from.atDay(1);
        LocalDate end = to.atEndOfMonth();
        Date d1 = Date.valueOf(start);
        Date d2 = Date.valueOf(end);

        List<ImpactReport.Reach> reach = db.query(MonthlyReportQueries.sql("impact-reach"), (rs, i) -> new ImpactReport.Reach(
                MonthlyReportQueries.date(rs, "quarter"), rs.getString("split"), rs.getString("value"), rs.getLong("participants"),
                rs.getLong("companies"), rs.getLong("mkb_companies"), MonthlyReportQueries.nullable(rs, "mkb_share")), d1, d2);

        List<ImpactReport.Completion> completion = db.query(MonthlyReportQueries.sql("impact-completion"), (rs, i) -> new ImpactReport.Completion(
                MonthlyReportQueries.date(rs, "quarter"), rs.getString("lijn_code"), rs.getString("lijn_name"), rs.getLong("runs"),
                rs.getLong("participants"), rs.getLong("completed"), MonthlyReportQueries.nullable(rs, "completion_rate")), d1, d2);
        List<ImpactReport.Counted> badges = counted(db, "impact-badges", d1, d2);
        List<ImpactReport.Counted> certificates = counted(db, "impact-certificates", d1, d2);
        List<ImpactReport.Gain> gain = db.query(MonthlyReportQueries.sql("impact-learning-gain"), (rs, i) -> new ImpactReport.Gain(
                MonthlyReportQueries.date(rs, "quarter"), rs.getString("skill_code"), rs.getString("skill_name"), rs.getLong("measurements"),
                rs.getLong("participants"), MonthlyReportQueries.nullable(rs, "mean_gain")), d1, d2);
        List<ImpactReport.Conversion> conversion = db.query(MonthlyReportQueries.sql("impact-conversion"), (rs, i) -> new ImpactReport.Conversion(
                MonthlyReportQueries.date(rs, "quarter"), rs.getLong("runs"), rs.getLong("cohort_size"), rs.getLong("converted"),
                MonthlyReportQueries.nullable(rs, "conversion_rate"), rs.getBoolean("window_open"), rs.getLong("companies"),
                rs.getLong("companies_converted"), MonthlyReportQueries.nullable(rs, "company_conversion_rate")), d1, d2);
        List<ImpactReport.Counted> byType = counted(db, "impact-conversion-by-type", d1, d2);

        return new ImpactReport(MonthlyReportQueries.pps(db), from, to, rules.minGroupSize(), rules.windowMonths(),
                MonthlyReportQueries.sources(db), reach, completion, badges, certificates, gain, conversion, byType,
                CoachingQueries.impact(db, from, to));
    }

    private static List<ImpactReport.Counted> counted(JdbcTemplate db, String sql, Object... parameters) {
        return db.query(MonthlyReportQueries.sql(sql), (ResultSet rs, int i) -> counted(rs), parameters);
    }

    private static ImpactReport.Counted counted(ResultSet rs) throws SQLException {
        return new ImpactReport.Counted(MonthlyReportQueries.date(rs, "quarter"), rs.getString("code"), rs.getString("name"), rs.getLong("count"));
    }
}
