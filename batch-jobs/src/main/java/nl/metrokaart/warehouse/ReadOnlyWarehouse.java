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
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("There is no warehouse at " + file.toAbsolutePath().normalize()
                    + " yet: ingest a delivery first (./metrokaart ingest FOLDER), or name it with --warehouse.");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
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
