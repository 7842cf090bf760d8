package nl.metrokaart.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Models kept as tables never answer with older numbers than their definition would: they are
 * recomputed on refresh (the ingest's last step) and on opening a warehouse whose data changed
 * (the views and macros only when the definitions or the schema changed), and a read-only session that finds them stale reads their definition instead.
 */
class MaterialisedModelsTest {

    private static final String GAIN = "SELECT concat_ws('|', run_code, skill_code, intake_level, exit_level, gain) FROM learning_gain";

    @Test
    void staleTablesAreRecomputedOrShadowedByTheirDefinition(@TempDir Path temp) throws Exception {
        try (HikariDataSource dataSource = MigrationsTest.duckdb(temp)) {
            new Migrations(dataSource).apply();
            new Models(dataSource).create();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForList("""
                    SELECT table_name FROM duckdb_tables() WHERE table_name IN ('stg_cohort', 'stg_badge', 'learning_gain')
                    ORDER BY table_name""", String.class)).containsExactly("learning_gain", "stg_badge", "stg_cohort");

            // Data written behind the models' back (not through an ingest): the tables are stale ...
            jdbc.execute("INSERT INTO enrolment VALUES ('E1', 'R-1', 'A', 'NM-1', DATE '2026-03-02', 'p1', NULL, 'medewerker', "
                    + "'ingeschreven', 'aanwezig', 'fixture', NULL)");
            assessment(jdbc, "2026-03-01", "intake", 2);
            assessment(jdbc, "2026-03-10", "exit", 4);
            assertThat(jdbc.queryForList(GAIN, String.class)).isEmpty();

            // ... until the warehouse is opened again, which finds the data changed and recomputes them.
            new Models(dataSource).create();
            assertThat(jdbc.queryForList(GAIN, String.class)).containsExactly("R-1|SM-DATA|2|4|2");

            // An unchanged warehouse keeps its tables (no recomputation: the same table object stays).
            long tableOid = jdbc.queryForObject("SELECT table_oid FROM duckdb_tables() WHERE table_name = 'learning_gain'", Long.class);
            new Models(dataSource).create();
            assertThat(jdbc.queryForObject("SELECT table_oid FROM duckdb_tables() WHERE table_name = 'learning_gain'", Long.class))
                    .isEqualTo(tableOid);

            // The ingest's models step: nothing to do on unchanged data, a recomputation after a change.
            assertThat(new Models(dataSource).refreshIfChanged()).as("unchanged data is not recomputed").isFalse();
            assertThat(jdbc.queryForObject("SELECT table_oid FROM duckdb_tables() WHERE table_name = 'learning_gain'", Long.class))
                    .isEqualTo(tableOid);
            assessment(jdbc, "2026-03-20", "tussentijds", 3);
            long viewOid = viewOid(jdbc, "stg_enrolment");
            assertThat(new Models(dataSource).refreshIfChanged()).as("changed data is recomputed").isTrue();
            assertThat(viewOid(jdbc, "stg_enrolment")).as("a data change leaves the views as the same definitions made them")
                    .isEqualTo(viewOid);
            // A column added by a migration changes what the views read: they are made again.
            jdbc.execute("ALTER TABLE company ADD COLUMN fixture_note VARCHAR");
            new Models(dataSource).create();
            assertThat(viewOid(jdbc, "stg_enrolment")).as("a schema change recreates the views").isNotEqualTo(viewOid);
            jdbc.execute("ALTER TABLE company DROP COLUMN fixture_note");
            jdbc.update("DELETE FROM assessment WHERE assessed_on = DATE '2026-03-20'");
            new Models(dataSource).refresh();

            assessment(jdbc, "2026-03-09", "exit", 5); // an earlier exit: it becomes the exit level
        }

        // A read-only session (query, export) cannot recompute: it reads the definition instead.
        try (Connection readOnly = ReadOnlyWarehouse.open(temp.resolve("test.duckdb"))) {
            assertThat(strings(readOnly, GAIN)).containsExactly("R-1|SM-DATA|2|5|3");
        }

        try (HikariDataSource dataSource = MigrationsTest.duckdb(temp)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            new Models(dataSource).refresh();
            assertThat(jdbc.queryForList(GAIN, String.class)).containsExactly("R-1|SM-DATA|2|5|3");
        }
    }

    @Test
    void aNewWarehouseHoldsItsModelsAsViewsUntilTheFirstIngestComputesTheTables(@TempDir Path temp) throws Exception {
        try (HikariDataSource dataSource = MigrationsTest.duckdb(temp)) {
            new Migrations(dataSource).apply();
            new Models(dataSource).createOnNewWarehouse();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            // Nothing computed over the empty tables: the materialised models are their views for now, and answer.
            assertThat(jdbc.queryForList("SELECT view_name FROM duckdb_views() WHERE view_name IN ('stg_cohort', 'learning_gain') "
                    + "ORDER BY 1", String.class)).containsExactly("learning_gain", "stg_cohort");
            assertThat(jdbc.queryForList(GAIN, String.class)).isEmpty();

            jdbc.execute("INSERT INTO enrolment VALUES ('E1', 'R-1', 'A', 'NM-1', DATE '2026-03-02', 'p1', NULL, 'medewerker', "
                    + "'ingeschreven', 'aanwezig', 'fixture', NULL)");
            assessment(jdbc, "2026-03-01", "intake", 2);
            assessment(jdbc, "2026-03-10", "exit", 4);
            long viewOid = viewOid(jdbc, "stg_enrolment");
            assertThat(new Models(dataSource).refreshIfChanged()).as("the first ingest's models step").isTrue();
            assertThat(jdbc.queryForList("SELECT table_name FROM duckdb_tables() WHERE table_name IN ('stg_cohort', 'learning_gain') "
                    + "ORDER BY 1", String.class)).containsExactly("learning_gain", "stg_cohort");
            assertThat(jdbc.queryForList(GAIN, String.class)).containsExactly("R-1|SM-DATA|2|4|2");
            assertThat(viewOid(jdbc, "stg_enrolment")).as("the plain views stay").isEqualTo(viewOid);
            assertThat(new Models(dataSource).refreshIfChanged()).as("then unchanged").isFalse();
        }
    }

    private static long viewOid(JdbcTemplate jdbc, String view) {
        return jdbc.queryForObject("SELECT view_oid FROM duckdb_views() WHERE view_name = ?", Long.class, view);
    }

    private static void assessment(JdbcTemplate jdbc, String day, String moment, int level) {
        jdbc.update("INSERT INTO assessment VALUES ('p1', 'SM-DATA', CAST(? AS DATE), ?, 'self', ?, 'fixture', NULL)", day, moment, level);
    }

    private static List<String> strings(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
