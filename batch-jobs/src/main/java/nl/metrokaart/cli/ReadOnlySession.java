package nl.metrokaart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import nl.metrokaart.warehouse.Migrations;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * How a read-only command (status, history) reaches the warehouse: the one place that decides.
 * Normally straight through DuckDB JDBC, read-only and sandboxed, without Spring, Spring Batch or
 * the jobs (start-up costs about what the bare JVM and DuckDB cost). Models of another build or
 * older than the data are shadowed by temporary views, never rewritten.
 *
 * <p>Only when the warehouse cannot be read as it is does the command take the full session, as
 * before: no warehouse file yet (it is created, empty), migrations of this build not yet applied
 * (the warehouse is upgraded), a run left marked running by a killed process (it is marked failed,
 * and the command says so, see {@link nl.metrokaart.jobs.StaleRuns}), or an {@code application.yml} in the working directory that may
 * name another warehouse or settings only Spring reads.
 */
final class ReadOnlySession {

    private ReadOnlySession() {
    }

    static <T> T read(MetrokaartCommand options, Function<JdbcTemplate, T> work) {
        Path file = WarehousePath.of(options);
        if (Files.isRegularFile(file) && !localSettings()) {
            QuietLogging.apply(options.verbose);
            try (Connection connection = ReadOnlyWarehouse.openSandboxed(file)) {
                if (Migrations.upToDate(connection) && !leftRunning(connection)) {
                    return work.apply(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close the warehouse " + file, e);
            }
        }
        try (ConfigurableApplicationContext context = WarehouseSession.open(options)) {
            return work.apply(context.getBean(JdbcTemplate.class));
        }
    }

    /** Runs a killed process left marked running: the read-only connection proves no process holds the file. */
    private static boolean leftRunning(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery(
                     "SELECT count(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** Spring Boot reads application.yml/.properties from the working directory and its config/ folder. */
    private static boolean localSettings() {
        for (String folder : new String[]{"", "config/"}) {
            for (String name : new String[]{"application.yml", "application.yaml", "application.properties"}) {
                if (Files.exists(Path.of(folder + name))) {
                    return true;
                }
            }
        }
        return System.getenv("SPRING_APPLICATION_JSON") != null || System.getProperty("spring.config.location") != null
                || System.getProperty("spring.config.additional-location") != null;
    }
}
