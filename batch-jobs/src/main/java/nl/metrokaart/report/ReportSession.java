package nl.metrokaart.report;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.metrokaart.warehouse.Models;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One report's reading of the warehouse: all its queries on one connection, on which the models
 * that many marts share are computed once, into temporary tables of the same names. DuckDB binds
 * the names in a view or macro to a temporary table first, so every mart the report reads uses
 * those copies instead of recomputing its inputs each time (at a million enrolment rows the
 * monthly report's marts take about 3 s instead of 8). The marts' definitions are untouched; the
 * copies are dropped when the reading ends, and vanish with a failed step's rollback.
 */
final class ReportSession {

    /**
     * In dependency order: later ones are computed from the copies of earlier ones. (The models
     * kept as tables, such as stg_cohort, need no copy.)
     */
    static final List<String> SHARED = List.of("stg_run", "stg_participant", "participant_completion", "run_occupancy", "certificates_earned", "module_badges_monthly");

    private ReportSession() {
    }

    /**
     * A reading of the report layer's figures of {@code months} on one connection: plain selections
     * from its tables. A month the tables do not hold (before the data, or after the month of the
     * last ingest) is computed on this connection from the same definitions
     * ({@link Models#shadowReportingFor}); nothing is written.
     */
    static <T> T readMonths(JdbcTemplate jdbc, List<YearMonth> months, Function<JdbcTemplate, T> reading) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            List<LocalDate> firstDays = months.stream().map(m -> m.atDay(1)).toList();
            StringBuilder in = new StringBuilder();
            for (LocalDate day : firstDays) {
                in.append(in.isEmpty() ? "" : ", ").append("DATE '").append(day).append('\'');
            }
            Integer held = session.queryForObject("SELECT count(*) FROM " + Models.MONTHS + " WHERE month IN (" + in + ")", Integer.class);
            if (held != null && held == firstDays.size()) {
                return reading.apply(session);
            }
            Models.shadowReportingFor(connection, firstDays);
            try {
                return reading.apply(session);
            } finally {
                Models.dropReportingShadows(connection);
            }
        });
    }

    static <T> T read(JdbcTemplate jdbc, Function<JdbcTemplate, T> reading) {
        return jdbc.execute((ConnectionCallback<T>) connection -> read(connection, reading));
    }

    private static <T> T read(Connection connection, Function<JdbcTemplate, T> reading) {
        JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        String database = session.queryForObject("SELECT current_database()", String.class).replace("\"", "\"\"");
        List<String> made = new ArrayList<>();
        RuntimeException failure = null;
        try {
            for (String model : SHARED) {
                session.execute("CREATE TEMP TABLE " + model + " AS SELECT * FROM \"" + database + "\".main." + model);
                made.add(model);
            }
            return reading.apply(session);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            for (String model : made) {
                try {
                    session.execute("DROP TABLE IF EXISTS temp.main." + model);
                } catch (RuntimeException e) {
                    if (failure != null) {
                        failure.addSuppressed(e);
                    } else {
                        throw e;
                    }
                }
            }
        }
    }
}
