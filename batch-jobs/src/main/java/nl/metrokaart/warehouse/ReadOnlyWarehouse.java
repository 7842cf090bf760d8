package nl.metrokaart.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import nl.metrokaart.UserInputException;

/**
 * The warehouse opened read-only, for analysts' queries and exports: no migrations, no
 * Spring, and several such readers may share the file while no job writes it.
 */
public final class ReadOnlyWarehouse {

    private ReadOnlyWarehouse() {
    }

    public static Connection open(Path file) {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        return connect(file, properties);
    }

    /**
     * Read-only and sandboxed (no file access beyond the warehouse, no extensions, settings
     * locked), for status and history; the same properties as {@code bench startup}'s floor.
     */
    public static Connection openSandboxed(Path file) {
        return connect(file, sandbox());
    }

    /** The JDBC properties of a sandboxed read-only connection. */
    public static Properties sandbox() {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("lock_configuration", "true");
        return properties;
    }

    private static Connection connect(Path file, Properties properties) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("There is no warehouse at " + file.toAbsolutePath().normalize()
                    + " yet: ingest a delivery first (./metrokaart ingest FOLDER), or name it with --warehouse.");
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            Models.shadowStale(connection);
            return connection;
        } catch (SQLException e) {
            throw WarehouseBusyException.from(file, e).map(RuntimeException.class::cast)
                    .orElseGet(() -> new UserInputException("Cannot open the warehouse " + file + ": " + e.getMessage()));
        }
    }
}
