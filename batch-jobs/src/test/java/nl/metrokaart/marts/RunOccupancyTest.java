package nl.metrokaart.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import nl.metrokaart.warehouse.Migrations;
import nl.metrokaart.warehouse.Models;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** run_occupancy against a fixture small enough to count by hand (docs/domain.md section 4, occupancy). */
class RunOccupancyTest {

    @Test
    void participantsBandStatusAndSessionsPerRun(@TempDir Path temp) {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl("jdbc:duckdb:" + temp.resolve("w.duckdb"));
            new Migrations(dataSource).apply();
            new Models(dataSource).create();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("INSERT INTO lijn VALUES ('A', 'Lijn A', '#000000', NULL, 3, 5)");
            // p1, p2 take part; p3 cancelled every row, yet that row still sets the first session.
            enrol(jdbc, "A-1", "A", "2026-01-01", "p3", "geannuleerd", null);
            enrol(jdbc, "A-1", "A", "2026-01-05", "p1", "ingeschreven", "aanwezig");
            enrol(jdbc, "A-1", "A", "2026-01-19", "p2", "ingeschreven", "afwezig");
            // four participants; p4 cancelled one row and attended another, so counts once.
            for (String p : List.of("p4", "p5", "p6", "p7")) {
                enrol(jdbc, "A-2", "A", "2026-02-02", p, "ingeschreven", "aanwezig");
            }
            enrol(jdbc, "A-2", "A", "2026-02-16", "p4", "geannuleerd", null);
            for (int i = 1; i <= 5; i++) {
                enrol(jdbc, "A-3", "A", "2026-03-02", "q" + i, "ingeschreven", "te laat");
            }
            for (int i = 1; i <= 6; i++) {
                enrol(jdbc, "A-4", "A", "2026-04-06", "r" + i, "ingeschreven", null);
            }
            // X is not in the catalogue: the default band 8-20 applies.
            for (int i = 1; i <= 8; i++) {
                enrol(jdbc, "X-1", "X", "2026-05-04", "s" + i, "ingeschreven", "aanwezig");
            }

            // run_occupancy is kept as a table: recomputed after data is loaded, as the ingest's models step does.
            new Models(dataSource).refresh();
            List<String> rows = jdbc.queryForList("""
                    SELECT concat_ws('|', run_code, lijn_code, first_session, last_session, participants,
                                     min_participants, max_participants, round(occupancy_rate, 4), band_status)
                    FROM run_occupancy ORDER BY run_code""", String.class);

            assertThat(rows).containsExactly(
                    "A-1|A|2026-01-01|2026-01-19|2|3|5|0.4|onder minimum",
                    "A-2|A|2026-02-02|2026-02-16|4|3|5|0.8|binnen band",
                    "A-3|A|2026-03-02|2026-03-02|5|3|5|1.0|vol",
                    "A-4|A|2026-04-06|2026-04-06|6|3|5|1.2|overboekt",
                    "X-1|X|2026-05-04|2026-05-04|8|8|20|0.4|binnen band");
        }
    }

    private static int id;

    private static void enrol(JdbcTemplate jdbc, String run, String lijn, String date, String participant, String status, String attendance) {
        jdbc.update("INSERT INTO enrolment VALUES (?, ?, ?, 'NM-1', CAST(? AS DATE), ?, NULL, 'medewerker', ?, ?, 'fixture', NULL)",
                "E" + (++id), run, lijn, date, participant, status, attendance);
    }
}
