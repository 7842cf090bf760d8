package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.reports.ImpactReport;
import nl.metrokaart.reports.TargetProgress;
import nl.metrokaart.reports.Targets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads plan against actual from the model rpt_target_progress (the one place of the target
 * arithmetic); the thresholds of the status come from the configuration
 * (metrokaart.reports.targets.*).
 */
@Component
public class TargetQueries {

    private final JdbcTemplate jdbc;
    private final MetrokaartProperties properties;

    public TargetQueries(JdbcTemplate jdbc, MetrokaartProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The year to date of a monthly report: the targets overlapping 1 January to the month's end, measured on that end. */
    public Targets monthly(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return targets(jdbc, List.of(end), LocalDate.of(month.getYear(), 1, 1), end);
    }

    /** An impact report: the targets overlapping its period, measured at the end of each quarter and of the period. */
    public Targets impact(YearMonth from, YearMonth to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate quarter : ImpactReport.quarters(from, to)) {
            LocalDate end = quarter.plusMonths(3).minusDays(1);
            days.add(end.isAfter(to.atEndOfMonth()) ? to.atEndOfMonth() : end);
        }
        return targets(jdbc, days, from.atDay(1), to.atEndOfMonth());
    }

    private Targets targets(JdbcTemplate db, List<LocalDate> days, LocalDate from, LocalDate to) {
        MetrokaartProperties.Targets thresholds = properties.getReports().getTargets();
        String sql = MonthlyReportQueries.sql("target-progress");
        // The actuals are computed once per month's end by the models step (rpt_target_measured);
        // a month the report layer does not hold is computed on this connection (ReportSession).
        List<java.time.YearMonth> months = days.stream().map(java.time.YearMonth::from).distinct().toList();
        return ReportSession.readMonths(db, months, session -> {
            List<TargetProgress> rows = new ArrayList<>();
            for (LocalDate day : days) {
                rows.addAll(progress(session, sql, day, thresholds, from, to));
            }
            return new Targets(thresholds.getAttentionBelow(), thresholds.getBehindBelow(), rows);
        });
    }

    private static List<TargetProgress> progress(JdbcTemplate db, String sql, LocalDate day, MetrokaartProperties.Targets thresholds,
                                                 LocalDate from, LocalDate to) {
        return db.query(sql, (rs, i) -> new TargetProgress(rs.getString("kpi"), day,
                            rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getDouble("target_value"),
                            rs.getString("measure"), "lower".equals(rs.getString("direction")), MonthlyReportQueries.nullable(rs, "actual"),
                            MonthlyReportQueries.nullableLong(rs, "people"), rs.getDouble("elapsed"), MonthlyReportQueries.nullable(rs, "expected"),
                            MonthlyReportQueries.nullable(rs, "share_reached"), MonthlyReportQueries.nullable(rs, "projection"),
                            rs.getString("status")),
                    Date.valueOf(day), thresholds.getAttentionBelow(), thresholds.getBehindBelow(), Date.valueOf(from), Date.valueOf(to));
    }
}
