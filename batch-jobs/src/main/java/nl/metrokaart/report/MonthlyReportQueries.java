package nl.metrokaart.report;

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
 * Reads the marts into the monthly report model; every number comes from a mart, none is
 * recomputed here. The SQL lives in {@code nl/metrokaart/report/*.sql}.
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
        return ReportSession.read(jdbc, session -> monthly(session, month));
    }

    private MonthlyReport monthly(JdbcTemplate db, YearMonth month) {
        Rules rules = rules(db, properties);
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        YearMonth previous = month.minusMonths(1);
        LocalDate yearStart = LocalDate.of(month.getYear(), 1, 1);

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
                Date.valueOf(month.minusMonths(11).atDay(1)), Date.valueOf(start));

        SkillGaps gaps = skillGaps(db, end, previous.atEndOfMonth(), rules, properties.getReports().getMaxCompanies());
        PeriodKpis monthFlows = flows(db, start, end, rules);
        Conversion monthConversion = conversionState(db, end, rules);
        PeriodKpis previousFlows = flows(db, previous.atDay(1), previous.atEndOfMonth(), rules);
        Conversion previousConversion = conversionState(db, previous.atEndOfMonth(), rules);
        PeriodKpis yearFlows = flows(db, yearStart, end, rules);

        List<FunnelStep> funnel = db.query(sql("monthly-funnel"), (rs, i) -> new FunnelStep(
                        rs.getString("run_code"), rs.getString("lijn_code"), date(rs, "first_session"), date(rs, "last_session"),
                        rs.getLong("enrolled"), rs.getLong("present_any"), rs.getLong("completed"), rs.getLong("with_badge"),
                        rs.getLong("with_followup"), nullable(rs, "present_any_share"), nullable(rs, "completed_share"),
                        nullable(rs, "with_badge_share"), nullable(rs, "with_followup_share"), rs.getBoolean("window_open")),
                Date.valueOf(end), rules.windowMonths());

        Map<String, Map<String, Long>> byType = new HashMap<>();
        db.query(sql("conversion-by-type"), rs -> {
            byType.computeIfAbsent(rs.getString("run_code"), r -> new LinkedHashMap<>())
                    .put(rs.getString("followup_type"), rs.getLong("converted"));
        }, Date.valueOf(end), rules.windowMonths());
        List<CohortConversion> conversion = db.query(sql("monthly-conversion"), (rs, i) -> new CohortConversion(
                        rs.getString("run_code"), rs.getString("lijn_code"), date(rs, "last_session"), date(rs, "window_end"),
                        rs.getBoolean("window_open"), rs.getLong("cohort_size"), rs.getLong("converted"), nullable(rs, "conversion_rate"),
                        nullable(rs, "median_days_to_convert"), byType.getOrDefault(rs.getString("run_code"), Map.of()),
                        rs.getLong("companies"), rs.getLong("companies_converted"), nullable(rs, "company_conversion_rate")),
                Date.valueOf(end), rules.windowMonths());
        List<String> followupTypes = db.queryForList(sql("followup-types"), String.class);

        List<ModuleBadges> badges = db.query(sql("monthly-badges"), (rs, i) -> new ModuleBadges(
                        rs.getString("module_code"), rs.getString("title"), rs.getLong("issued_in_month"), rs.getLong("issued_year_to_date"),
                        rs.getLong("issued"), rs.getLong("accepted"), rs.getLong("revoked"), rs.getLong("participants_present"),
                        rs.getLong("badge_holders"), nullable(rs, "badge_rate"), rs.getLong("issued_with_acceptance"),
                        nullable(rs, "acceptance_rate")),
                Date.valueOf(start), Date.valueOf(end), Date.valueOf(yearStart));
        List<CertificatesEarned> certificates = db.query(sql("monthly-certificates"), (rs, i) -> new CertificatesEarned(
                        rs.getString("certificate_code"), rs.getString("name"), rs.getString("kind"),
                        rs.getLong("in_month"), rs.getLong("year_to_date"), rs.getLong("to_date")),
                Date.valueOf(start), Date.valueOf(end), Date.valueOf(yearStart));

        PeriodKpis monthKpis = withState(monthFlows, monthConversion, gaps.month());
        PeriodKpis previousKpis = withState(previousFlows, previousConversion, gaps.previousMonth());
        // The year to date ends on the month's last day: its state is the month's.
        PeriodKpis yearKpis = withState(yearFlows, monthKpis);
        return new MonthlyReport(pps(db), month, rules.minGroupSize(), rules.windowMonths(), runs, sources(db),
                monthKpis, previousKpis, yearKpis, trend, gaps.byLijn(), gaps.byCompany(), gaps.companyParticipants(), funnel, conversion, followupTypes,
                badges, certificates, dataQuality(db, properties.getReports().getMaxRejects()), CoachingQueries.monthly(db, month));
    }

    /** The pps's rules from its catalogue; k is the larger of the catalogue's and the configured one. */
    static Rules rules(JdbcTemplate db, MetrokaartProperties properties) {
        return db.queryForObject("SELECT conversion_window_months, min_group_size FROM stg_rules",
                (rs, i) -> new Rules(rs.getInt(1), Math.max(rs.getInt(2), properties.getReports().getMinGroupSize())));
    }

    record Rules(int windowMonths, int minGroupSize) {
    }

    /** The skill gaps of the report date per lijn and per company, and the state of the gaps at both month ends. */
    record SkillGaps(List<SkillGap> byLijn, List<SkillGap> byCompany, Map<String, Long> companyParticipants, Gaps month,
                     Gaps previousMonth) {
    }

    private static SkillGaps skillGaps(JdbcTemplate db, LocalDate end, LocalDate previousEnd, Rules rules, int maxCompanies) {
        List<SkillGap> byLijn = new ArrayList<>();
        List<SkillGap> byCompany = new ArrayList<>();
        Map<String, Long> companyParticipants = new HashMap<>();
        Map<String, String> companyNames = new HashMap<>();
        Map<String, String> skillNames = new HashMap<>();
        Gaps[] month = {new Gaps(0, null, null)};
        // By column number: a quarter of a million rows at scale, and a lookup by name costs per call.
        // Columns: grouping, skill_code, skill_name, group_code, group_name, rated, unrated, mean_gap, at_target_share.
        db.query(sql("skill-gaps"), rs -> {
            String grouping = rs.getString(1);
            switch (grouping) {
                case "company" -> {
                    String skill = rs.getString(2);
                    String company = rs.getString(4);
                    byCompany.add(new SkillGap(skill, skillNames.get(skill), company, companyNames.get(company), rs.getLong(6),
                            rs.getLong(7), nullable(rs, 8), nullable(rs, 9)));
                }
                case "lijn" -> {
                    skillNames.put(rs.getString(2), rs.getString(3));
                    byLijn.add(new SkillGap(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                            rs.getLong(7), nullable(rs, 8), nullable(rs, 9)));
                }
                case "company_size" -> {
                    companyParticipants.put(rs.getString(4), rs.getLong(6));
                    if (rs.getLong(7) == 1) {
                        companyNames.put(rs.getString(4), rs.getString(5));
                    }
                }
                default -> month[0] = new Gaps(rs.getLong(6), nullable(rs, 8), nullable(rs, 9));
            }
        }, Date.valueOf(end), rules.minGroupSize(), maxCompanies);
        return new SkillGaps(byLijn, byCompany, companyParticipants, month[0], gapState(db, previousEnd));
    }

    record Conversion(long cohortSize, long converted, Double rate, boolean anyOpen) {
    }

    record Gaps(long rated, Double mean, Double atTarget) {
    }

    private static Conversion conversionState(JdbcTemplate db, LocalDate day, Rules rules) {
        return db.queryForObject(sql("state-conversion"), (rs, i) -> new Conversion(rs.getLong("cohort_size"), rs.getLong("cohort_converted"),
                nullable(rs, "conversion_rate"), rs.getBoolean("any_window_open")), Date.valueOf(day), rules.windowMonths());
    }

    private static Gaps gapState(JdbcTemplate db, LocalDate day) {
        return db.queryForObject(sql("state-gaps"), (rs, i) -> new Gaps(rs.getLong("rated_participants"), nullable(rs, "mean_gap"),
                nullable(rs, "at_target_share")), Date.valueOf(day));
    }

    private static PeriodKpis withState(PeriodKpis flows, Conversion conversion, Gaps gaps) {
        return new PeriodKpis(flows.activeRuns(), flows.runsBelowMinimum(), flows.placesTaken(), flows.meanOccupancyRate(),
                flows.participants(), flows.companies(), flows.mkbShare(), flows.newCompanies(), flows.runsEnded(),
                flows.endedParticipants(), flows.completed(), flows.completionRate(), flows.badgesIssued(), flows.certificatesEarned(),
                flows.converted(), conversion.cohortSize(), conversion.converted(), conversion.rate(), conversion.anyOpen(),
                gaps.rated(), gaps.mean(), gaps.atTarget());
    }

    private static PeriodKpis flows(JdbcTemplate db, LocalDate from, LocalDate to, Rules rules) {
        return db.queryForObject(sql("monthly-flows"), (rs, i) -> new PeriodKpis(
                rs.getLong("active_runs"), rs.getLong("runs_below_minimum"), rs.getLong("places_taken"), nullable(rs, "mean_occupancy_rate"),
                rs.getLong("participants"), rs.getLong("companies"), nullable(rs, "mkb_share"), rs.getLong("new_companies"),
                rs.getLong("runs_ended"), rs.getLong("ended_participants"), rs.getLong("completed"), nullable(rs, "completion_rate"),
                rs.getLong("badges_issued"), rs.getLong("certificates_earned"), rs.getLong("converted"),
                0, 0, null, false, 0, null, null), Date.valueOf(from), Date.valueOf(to), rules.windowMonths());
    }

    private static PeriodKpis withState(PeriodKpis flows, PeriodKpis state) {
        return new PeriodKpis(flows.activeRuns(), flows.runsBelowMinimum(), flows.placesTaken(), flows.meanOccupancyRate(),
                flows.participants(), flows.companies(), flows.mkbShare(), flows.newCompanies(), flows.runsEnded(),
                flows.endedParticipants(), flows.completed(), flows.completionRate(), flows.badgesIssued(), flows.certificatesEarned(),
                flows.converted(), state.cohortSize(), state.cohortConverted(), state.conversionRate(), state.anyWindowOpen(),
                state.ratedParticipants(), state.meanGap(), state.atTargetShare());
    }

    static DataQuality dataQuality(JdbcTemplate db, int maxRejects) {
        List<DataQuality.FileRecord> files = db.query(sql("data-quality-files"), (rs, i) -> new DataQuality.FileRecord(
                rs.getString("file_name"), rs.getString("kind"), rs.getString("status"), nullableLong(rs, "rows_read"),
                nullableLong(rs, "rows_loaded"), nullableLong(rs, "rows_rejected"),
                rs.getTimestamp("happened_at") == null ? null : rs.getTimestamp("happened_at").toLocalDateTime(), rs.getString("reason")));
        List<DataQuality.Reject> rejects = db.query(sql("data-quality-rejects"), (rs, i) -> new DataQuality.Reject(
                rs.getString("file_name"), nullableLong(rs, "line"), rs.getString("column_name"), rs.getString("value"),
                rs.getString("reason")), maxRejects);
        Long total = db.queryForObject(sql("data-quality-reject-count"), Long.class);
        return new DataQuality(files, rejects, total == null ? 0 : total);
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
        return SqlScript.load("nl/metrokaart/report/" + name + ".sql").sql();
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
