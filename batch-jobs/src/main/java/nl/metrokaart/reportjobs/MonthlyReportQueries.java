package nl.metrokaart.reportjobs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.reports.BandStatus;
import nl.metrokaart.reports.CertificatesEarned;
import nl.metrokaart.reports.CohortConversion;
import nl.metrokaart.reports.DataQuality;
import nl.metrokaart.reports.FunnelStep;
import nl.metrokaart.reports.LijnMonth;
import nl.metrokaart.reports.ModuleBadges;
import nl.metrokaart.reports.MonthlyReport;
import nl.metrokaart.reports.PeriodKpis;
import nl.metrokaart.reports.RunOccupancy;
import nl.metrokaart.reports.SkillGap;
import nl.metrokaart.reports.SourceFreshness;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the report layer of models ({@code models/reporting/rpt_*}, materialised per month by the
 * ingest's models step) into the monthly report model: plain selections (filter, order, limit);
 * no figure is defined or recomputed here. The SQL lives in {@code nl/metrokaart/reportjobs/*.sql}.
 */
@Component
public class MonthlyReportQueries {

    private final JdbcTemplate jdbc;
    private final MetrokaartProperties properties;

    public MonthlyReportQueries(JdbcTemplate jdbc, MetrokaartProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public MonthlyReport monthly(YearMonth month) {
        return ReportSession.readMonths(jdbc, List.of(month, month.minusMonths(1)), session -> monthly(session, month));
    }

    private MonthlyReport monthly(JdbcTemplate db, YearMonth month) {
        Rules rules = rules(db, properties);
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        YearMonth previous = month.minusMonths(1);
        Date monthKey = Date.valueOf(start);

        List<RunOccupancy> runs = db.query(sql("monthly-runs"),
                (rs, i) -> new RunOccupancy(
                        rs.getString("run_code"), rs.getString("lijn_code"), rs.getString("lijn_name"), rs.getString("lijn_colour"),
                        rs.getDate("first_session").toLocalDate(), rs.getDate("last_session").toLocalDate(),
                        rs.getInt("participants"), rs.getInt("min_participants"), rs.getInt("max_participants"),
                        rs.getDouble("occupancy_rate"), BandStatus.of(rs.getString("band_status"))),
                Date.valueOf(end), Date.valueOf(start));

        List<LijnMonth> trend = db.query(sql("monthly-trend"), (rs, i) -> new LijnMonth(
                        YearMonth.from(rs.getDate("month").toLocalDate()), rs.getString("lijn_code"), rs.getString("lijn_name"),
                        rs.getString("lijn_colour"), rs.getLong("active_runs"), rs.getLong("participants"), rs.getLong("runs_below_minimum")),
                Date.valueOf(month.minusMonths(11).atDay(1)), monthKey);

        SkillGaps gaps = skillGaps(db, month, rules, properties.getReports().getMaxCompanies());
        PeriodKpis monthKpis = summary(db, month, "month");
        PeriodKpis previousKpis = summary(db, previous, "month");
        PeriodKpis yearKpis = summary(db, month, "year_to_date");

        List<FunnelStep> funnel = db.query(sql("monthly-funnel"), (rs, i) -> new FunnelStep(
                        rs.getString("run_code"), rs.getString("lijn_code"), date(rs, "first_session"), date(rs, "last_session"),
                        rs.getLong("enrolled"), rs.getLong("present_any"), rs.getLong("completed"), rs.getLong("with_badge"),
                        rs.getLong("with_followup"), nullable(rs, "present_any_share"), nullable(rs, "completed_share"),
                        nullable(rs, "with_badge_share"), nullable(rs, "with_followup_share"), rs.getBoolean("window_open")),
                monthKey);

        Map<String, Map<String, Long>> byType = new HashMap<>();
        db.query(sql("conversion-by-type"), rs -> {
            byType.computeIfAbsent(rs.getString("run_code"), r -> new LinkedHashMap<>())
                    .put(rs.getString("followup_type"), rs.getLong("converted"));
        }, monthKey);
        List<CohortConversion> conversion = db.query(sql("monthly-conversion"), (rs, i) -> new CohortConversion(
                        rs.getString("run_code"), rs.getString("lijn_code"), date(rs, "last_session"), date(rs, "window_end"),
                        rs.getBoolean("window_open"), rs.getLong("cohort_size"), rs.getLong("converted"), nullable(rs, "conversion_rate"),
                        nullable(rs, "median_days_to_convert"), byType.getOrDefault(rs.getString("run_code"), Map.of()),
                        rs.getLong("companies"), rs.getLong("companies_converted"), nullable(rs, "company_conversion_rate")),
                monthKey);
        List<String> followupTypes = db.queryForList(sql("followup-types"), String.class);

        List<ModuleBadges> badges = db.query(sql("monthly-badges"), (rs, i) -> new ModuleBadges(
                        rs.getString("module_code"), rs.getString("title"), rs.getLong("issued_in_month"), rs.getLong("issued_year_to_date"),
                        rs.getLong("issued"), rs.getLong("accepted"), rs.getLong("revoked"), rs.getLong("participants_present"),
                        rs.getLong("badge_holders"), nullable(rs, "badge_rate"), rs.getLong("issued_with_acceptance"),
                        nullable(rs, "acceptance_rate")),
                monthKey);
        List<CertificatesEarned> certificates = db.query(sql("monthly-certificates"), (rs, i) -> new CertificatesEarned(
                        rs.getString("certificate_code"), rs.getString("name"), rs.getString("kind"),
                        rs.getLong("in_month"), rs.getLong("year_to_date"), rs.getLong("to_date")),
                monthKey);

        return new MonthlyReport(pps(db), month, rules.minGroupSize(), rules.windowMonths(), runs, sources(db),
                monthKpis, previousKpis, yearKpis, trend, gaps.byLijn(), gaps.byCompany(), gaps.companyParticipants(), funnel, conversion, followupTypes,
                badges, certificates, dataQuality(db, properties.getReports().getMaxRejects()), CoachingQueries.monthly(db, month),
                change(db, month));
    }

    /** The pps's rules from its catalogue; k is the larger of the catalogue's and the configured one. */
    static Rules rules(JdbcTemplate db, MetrokaartProperties properties) {
        return db.queryForObject("SELECT conversion_window_months, min_group_size FROM stg_rules",
                (rs, i) -> new Rules(rs.getInt(1), Math.max(rs.getInt(2), properties.getReports().getMinGroupSize())));
    }

    record Rules(int windowMonths, int minGroupSize) {
    }

    /** The skill gaps at the month's end per lijn and per shown company, and every company's participants. */
    record SkillGaps(List<SkillGap> byLijn, List<SkillGap> byCompany, Map<String, Long> companyParticipants) {
    }

    private static SkillGaps skillGaps(JdbcTemplate db, YearMonth month, Rules rules, int maxCompanies) {
        Date monthKey = Date.valueOf(month.atDay(1));
        Map<String, String> skillNames = new HashMap<>();
        List<SkillGap> byLijn = db.query(sql("skill-gaps-lijn"), (rs, i) -> {
            skillNames.put(rs.getString(1), rs.getString(2));
            return new SkillGap(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                    nullable(rs, 7), nullable(rs, 8));
        }, monthKey);
        Map<String, Long> companyParticipants = new HashMap<>();
        Map<String, String> companyNames = new HashMap<>();
        db.query(sql("company-participants"), rs -> {
            companyParticipants.put(rs.getString(1), rs.getLong(2));
            if (rs.getBoolean(3)) {
                companyNames.put(rs.getString(1), rs.getString(4));
            }
        }, rules.minGroupSize(), maxCompanies);
        // By column number: a quarter of a million rows at scale, and a lookup by name costs per call.
        List<SkillGap> byCompany = new ArrayList<>();
        db.query(sql("skill-gaps-company"), rs -> {
            String skill = rs.getString(1);
            String company = rs.getString(2);
            byCompany.add(new SkillGap(skill, skillNames.get(skill), company, companyNames.get(company), rs.getLong(3), rs.getLong(4),
                    nullable(rs, 5), nullable(rs, 6)));
        }, monthKey, rules.minGroupSize(), maxCompanies);
        return new SkillGaps(byLijn, byCompany, companyParticipants);
    }

    /** The summary's figures of one month over one period of rpt_monthly_summary. */
    private static PeriodKpis summary(JdbcTemplate db, YearMonth month, String period) {
        return summaryRow(db, month, period, "");
    }

    /** The month's change against the month before: rpt_monthly_summary's {@code *_change} columns of the month's row. */
    private static PeriodKpis change(JdbcTemplate db, YearMonth month) {
        return summaryRow(db, month, "month", "_change");
    }

    private static PeriodKpis summaryRow(JdbcTemplate db, YearMonth month, String period, String suffix) {
        List<PeriodKpis> rows = db.query(sql("monthly-summary"), (rs, i) -> new PeriodKpis(
                rs.getLong("active_runs" + suffix), rs.getLong("runs_below_minimum" + suffix), rs.getLong("places_taken" + suffix),
                nullable(rs, "mean_occupancy_rate" + suffix), rs.getLong("participants" + suffix), rs.getLong("companies" + suffix),
                nullable(rs, "mkb_share" + suffix), rs.getLong("new_companies" + suffix), rs.getLong("runs_ended" + suffix),
                rs.getLong("ended_participants" + suffix), rs.getLong("completed" + suffix), nullable(rs, "completion_rate" + suffix),
                rs.getLong("badges_issued" + suffix), rs.getLong("certificates_earned" + suffix), rs.getLong("converted" + suffix),
                rs.getLong("cohort_size" + suffix), rs.getLong("cohort_converted" + suffix), nullable(rs, "conversion_rate" + suffix),
                suffix.isEmpty() && rs.getBoolean("any_window_open"),
                rs.getLong("rated_participants" + suffix), nullable(rs, "mean_gap" + suffix), nullable(rs, "at_target_share" + suffix)),
                Date.valueOf(month.atDay(1)), period);
        if (rows.size() != 1) {
            throw new IllegalStateException("rpt_monthly_summary holds " + rows.size() + " rows for " + month + " " + period);
        }
        return rows.get(0);
    }

    static DataQuality dataQuality(JdbcTemplate db, int maxRejects) {
        List<DataQuality.FileRecord> files = db.query(sql("data-quality-files"), (rs, i) -> new DataQuality.FileRecord(
                rs.getString("file_name"), rs.getString("kind"), rs.getString("status"), nullableLong(rs, "rows_read"),
                nullableLong(rs, "rows_loaded"), nullableLong(rs, "rows_rejected"),
                rs.getTimestamp("happened_at") == null ? null : rs.getTimestamp("happened_at").toLocalDateTime(), rs.getString("reason")));
        List<DataQuality.Reject> rejects = db.query(sql("data-quality-rejects"), (rs, i) -> new DataQuality.Reject(
                rs.getString("file_name"), nullableLong(rs, "line"), rs.getString("column_name"), rs.getString("value"),
                rs.getString("reason")), maxRejects);
        List<Long> total = db.queryForList(sql("data-quality-reject-count"), Long.class);
        return new DataQuality(files, rejects, total.isEmpty() || total.get(0) == null ? 0 : total.get(0));
    }

    public List<SourceFreshness> sources() {
        return sources(jdbc);
    }

    static List<SourceFreshness> sources(JdbcTemplate db) {
        return db.query("SELECT source, data_up_to, row_count FROM source_freshness",
                (rs, i) -> new SourceFreshness(rs.getString(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getLong(3)));
    }

    static String pps(JdbcTemplate db) {
        List<String> names = db.queryForList("SELECT pps FROM catalogue", String.class);
        return names.isEmpty() || names.get(0) == null ? "" : names.get(0);
    }

    static String sql(String name) {
        return SqlScript.load("nl/metrokaart/reportjobs/" + name + ".sql").sql();
    }

    static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
