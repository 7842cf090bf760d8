package nl.metrokaart.cli.readonly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.cli.MetrokaartCommand;
import nl.metrokaart.cli.WarehouseSession;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * How the read-only commands (status, history, query, export) reach the warehouse: the one place
 * that decides. The warehouse as configured, opened read-only in DuckDB's sandbox, or its read
 * snapshot while a job holds it. They never create a warehouse, migrate one, or wait for a job.
 *
 * <p>Start-up costs about what the bare JVM and DuckDB cost: without an {@code application.yml}
 * (or Spring's config locations, as the release's launcher sets) the path comes from --warehouse,
 * the system property or the environment, without Spring; with one, Spring binds the settings
 * only (no warehouse, no jobs), so a path set there is honoured.
 */
public final class ReadOnlyReading {

    private ReadOnlyReading() {
    }

    /** status and history: nothing written. */
    public static ReadOnlyWarehouse.Reading open(MetrokaartCommand options) {
        return open(options, List.of(), List.of());
    }

    /** query and export: the sandbox that may also write the command's own output files or folder. */
    public static ReadOnlyWarehouse.Reading open(MetrokaartCommand options, List<Path> outputFiles, List<Path> outputFolders) {
        Path warehouse;
        Path snapshot;
        if (localSettings() || options.settings.keySet().stream().anyMatch(key -> key.startsWith("metrokaart.warehouse."))) {
            MetrokaartProperties.Warehouse settings = WarehouseSession.settings(options, Map.of()).getWarehouse();
            warehouse = settings.getPath();
            snapshot = settings.getSnapshot();
        } else {
            QuietLogging.apply(options.verbose);
            warehouse = WarehousePath.of(options);
            snapshot = WarehousePath.snapshot(options);
        }
        return ReadOnlyWarehouse.openOrSnapshot(warehouse, snapshot, outputFiles, outputFolders);
    }

    public static JdbcTemplate jdbc(ReadOnlyWarehouse.Reading reading) {
        return new JdbcTemplate(new SingleConnectionDataSource(reading.connection(), true));
    }

    /** Spring Boot reads application.yml/.properties from the working directory, its config/ folder, or where told. */
    private static boolean localSettings() {
        for (String folder : new String[]{"", "config/"}) {
            for (String name : new String[]{"application.yml", "application.yaml", "application.properties"}) {
                if (Files.exists(Path.of(folder + name))) {
                    return true;
                }
            }
        }
        return System.getenv("SPRING_APPLICATION_JSON") != null || System.getenv("SPRING_CONFIG_LOCATION") != null
                || System.getenv("SPRING_CONFIG_ADDITIONAL_LOCATION") != null
                || System.getProperty("spring.config.location") != null || System.getProperty("spring.config.additional-location") != null;
    }
}
