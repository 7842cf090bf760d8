package nl.metrokaart.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import nl.metrokaart.ApplicationVersion;
import nl.metrokaart.cli.readonly.WarehousePath;
import nl.metrokaart.warehouse.SchemaVersion;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code metrokaart --version}: the release, the Java and DuckDB it runs on, and the schema of the
 * configured warehouse (read-only; an absent warehouse is said, never created).
 */
class VersionInfo implements IVersionProvider {

    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        return new String[]{
                "Metrokaart Monitor " + ApplicationVersion.get(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")",
                "DuckDB " + duckdb(),
                "Warehouse: " + SchemaVersion.of(warehouse()).describe()};
    }

    /** The warehouse as a job would open it: --warehouse, else application.yml (the installation's config/ too) and the environment. */
    private Path warehouse() {
        MetrokaartCommand options = spec == null ? null : (MetrokaartCommand) spec.userObject();
        if (options == null) {
            return WarehousePath.DEFAULT;
        }
        if (options.warehouse != null) {
            return options.warehouse;
        }
        // No log file for a question about versions.
        return WarehouseSession.settings(options, Map.of("logging.file.name", "")).getWarehouse().getPath();
    }

    private static String duckdb() {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT library_version FROM pragma_version()")) {
            rs.next();
            String driver = org.duckdb.DuckDBDriver.class.getPackage().getImplementationVersion();
            return rs.getString(1) + (driver == null ? "" : " (duckdb_jdbc " + driver + ")");
        } catch (SQLException e) {
            return "not loadable: " + e.getMessage();
        }
    }
}
