package nl.metrokaart.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import nl.metrokaart.warehouse.Migrations;
import nl.metrokaart.warehouse.Models;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The target arithmetic of rpt_target_progress on a hand-computed fixture. The actuals come
 * through the seam rpt_target_measured, replaced here by a fixture table, so that every expected
 * value below follows from the numbers in this file alone:
 *
 * <pre>
 * period 2026-01-01..2026-01-10 (10 days), report date 2026-01-05: elapsed 5/10 = 0.5
 *   participants_reached T=20, actual  9: expected 10, reached 0.45, projection 18, performance 0.90 -> on_track (at attention_below)
 *   badges_issued        T=20, actual  8: expected 10, reached 0.40, projection 16, performance 0.80 -> attention
 *   certificates_earned  T=40, actual 15: expected 20, reached 0.375, projection 30, performance 0.75 -> attention (at behind_below)
 *   conversions          T=20, actual  7: expected 10, performance 0.70 -> behind
 *   mkb_share            T=0.8 (compared as is), actual 0.72: expected 0.8, performance 0.9 -> on_track, projection 0.72
 *   completion_rate      T=0.8, actual NULL (nobody ended a run): no_data
 *   runs_under_minimum   T=4 (a ceiling, pro rata), actual 3: expected 2, projection 6, performance 2/3 -> behind
 *   mean_gap             T=1.0 (a ceiling, as is), actual 0.8: performance 1.25 -> on_track
 * period 2026-02-01..2026-12-31 (not started on 2026-01-05):
 *   participants_reached T=200: not_started, no actual, expected 0, no projection
 * period 2025-01-01..2025-12-31 (ended): a year with no data: companies_reached T=50, actual 0: elapsed 1, expected 50 -> behind
 *   and conversion_rate T=0.3 with no cohort (actual NULL): no_data
 * </pre>
 */
class GoldenTargetProgressTest {

    @TempDir
    static Path temp;
    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void warehouseWithTargetsAndFixtureActuals() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:duckdb:" + temp.resolve("targets.duckdb"));
        new Migrations(dataSource).apply();
        new Models(dataSource).create();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                INSERT INTO target VALUES
                  ('participants_reached', DATE '2026-01-01', DATE '2026-01-10', 20,  'count', 'higher', 1),
                  ('badges_issued',        DATE '2026-01-01', DATE '2026-01-10', 20,  'count', 'higher', 2),
                  ('certificates_earned',  DATE '2026-01-01', DATE '2026-01-10', 40,  'count', 'higher', 3),
                  ('conversions',          DATE '2026-01-01', DATE '2026-01-10', 20,  'count', 'higher', 4),
                  ('mkb_share',            DATE '2026-01-01', DATE '2026-01-10', 0.8, 'share', 'higher', 5),
                  ('completion_rate',      DATE '2026-01-01', DATE '2026-01-10', 0.8, 'share', 'higher', 6),
                  ('runs_under_minimum',   DATE '2026-01-01', DATE '2026-01-10', 4,   'count', 'lower',  7),
                  ('mean_gap',             DATE '2026-01-01', DATE '2026-01-10', 1.0, 'value', 'lower',  8),
                  ('participants_reached', DATE '2026-02-01', DATE '2026-12-31', 200, 'count', 'higher', 9),
                  ('companies_reached',    DATE '2025-01-01', DATE '2025-12-31', 50,  'count', 'higher', 10),
                  ('conversion_rate',      DATE '2025-01-01', DATE '2025-12-31', 0.3, 'share', 'higher', 11)""");
        jdbc.execute("""
                CREATE TABLE fixture_actual AS SELECT * FROM (VALUES
                  (DATE '2026-01-01', DATE '2026-01-05', 'participants_reached', 9.0,  9),
                  (DATE '2026-01-01', DATE '2026-01-05', 'badges_issued',        8.0,  8),
                  (DATE '2026-01-01', DATE '2026-01-05', 'certificates_earned',  15.0, 15),
                  (DATE '2026-01-01', DATE '2026-01-05', 'conversions',          7.0,  7),
                  (DATE '2026-01-01', DATE '2026-01-05', 'mkb_share',            0.72, NULL),
                  (DATE '2026-01-01', DATE '2026-01-05', 'completion_rate',      NULL, 0),
                  (DATE '2026-01-01', DATE '2026-01-05', 'runs_under_minimum',   3.0,  NULL),
                  (DATE '2026-01-01', DATE '2026-01-05', 'mean_gap',             0.8,  12),
                  (DATE '2025-01-01', DATE '2025-12-31', 'companies_reached',    0.0,  NULL),
                  (DATE '2025-01-01', DATE '2025-12-31', 'conversion_rate',      NULL, 0)
                ) f(date_from, date_to, kpi, actual, people)""");
        // The seam replaced by the fixture: rpt_target_progress reads its actuals from rpt_target_measured.
        jdbc.execute("""
                CREATE OR REPLACE TABLE rpt_target_measured AS
                SELECT CAST(date_trunc('month', date_to) AS DATE) AS month, date_from AS period_from, date_to AS measured_to, kpi,
                       CAST(actual AS DOUBLE) AS actual, CAST(people AS BIGINT) AS people
                FROM fixture_actual""");
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    private static List<String> progress(String reportDate) {
        return jdbc.queryForList("""
                SELECT concat_ws('|', kpi, period_from, round(elapsed, 4), actual, round(expected, 4), round(share_reached, 4),
                                 round(projection, 4), round(performance, 4), status)
                FROM rpt_target_progress(DATE '%s', 0.9, 0.75) ORDER BY position""".formatted(reportDate), String.class);
    }

    @Test
    void proRataProjectionAndStatusExactlyAtTheThresholds() {
        assertThat(progress("2026-01-05")).containsExactly(
                "participants_reached|2026-01-01|0.5|9.0|10.0|0.45|18.0|0.9|on_track",
                "badges_issued|2026-01-01|0.5|8.0|10.0|0.4|16.0|0.8|attention",
                "certificates_earned|2026-01-01|0.5|15.0|20.0|0.375|30.0|0.75|attention",
                "conversions|2026-01-01|0.5|7.0|10.0|0.35|14.0|0.7|behind",
                "mkb_share|2026-01-01|0.5|0.72|0.8|0.9|0.72|0.9|on_track",
                "completion_rate|2026-01-01|0.5|0.8|no_data",
                "runs_under_minimum|2026-01-01|0.5|3.0|2.0|0.75|6.0|0.6667|behind",
                "mean_gap|2026-01-01|0.5|0.8|1.0|0.8|0.8|1.25|on_track",
                "participants_reached|2026-02-01|0.0|0.0|not_started",
                "companies_reached|2025-01-01|1.0|0.0|50.0|0.0|0.0|0.0|behind",
                "conversion_rate|2025-01-01|1.0|0.3|no_data");
    }

    /** concat_ws leaves out NULLs: the rows above carry exactly the values that exist. Here the NULLs themselves. */
    @Test
    void aPeriodNotStartedHasNoActualNoProjectionAndExpectsNothing() {
        assertThat(jdbc.queryForList("""
                SELECT concat_ws('|', actual IS NULL, projection IS NULL, share_reached IS NULL, expected, days_passed, period_days, status)
                FROM rpt_target_progress(DATE '2026-01-05', 0.9, 0.75) WHERE period_from = DATE '2026-02-01'""", String.class))
                .containsExactly("true|true|true|0.0|0|334|not_started");
    }

    @Test
    void thresholdsComeFromTheCaller() {
        // With attention below 0.95 the participants at 0.90 need attention; with behind below 0.85 the badges at 0.80 are behind.
        assertThat(jdbc.queryForList("""
                SELECT kpi || '|' || status FROM rpt_target_progress(DATE '2026-01-05', 0.95, 0.85)
                WHERE kpi IN ('participants_reached', 'badges_issued') AND period_from = DATE '2026-01-01' ORDER BY position""", String.class))
                .containsExactly("participants_reached|attention", "badges_issued|behind");
    }
}
