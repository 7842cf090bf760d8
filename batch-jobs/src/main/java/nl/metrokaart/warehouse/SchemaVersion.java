package nl.metrokaart.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The schema version of a warehouse file, read without changing it: opened read-only, no
 * migrations, nothing created when it is absent. For {@code --version} and checks before
 * the warehouse is opened for writing.
 */
public record SchemaVersion(State state, int version, int latest, Path file, String detail) {

    public enum State { ABSENT, CURRENT, OLDER, NEWER, NOT_A_WAREHOUSE, BUSY, UNREADABLE }

    public static SchemaVersion of(Path warehouse) {
        Path file = warehouse.toAbsolutePath().normalize();
        int latest = Migrations.latestVersion();
        if (!Files.isRegularFile(file)) {
            return new SchemaVersion(State.ABSENT, 0, latest, file, null);
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, properties); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return new SchemaVersion(State.NOT_A_WAREHOUSE, 0, latest, file, null);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rs.next();
                int version = rs.getInt(1);
                State state = version == latest ? State.CURRENT : version < latest ? State.OLDER : State.NEWER;
                return new SchemaVersion(state, version, latest, file, null);
            }
        } catch (SQLException e) {
            return WarehouseBusyException.from(file, e)
                    .map(busy -> new SchemaVersion(State.BUSY, 0, latest, file, "pid " + busy.pid()))
                    .orElseGet(() -> new SchemaVersion(State.UNREADABLE, 0, latest, file, e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** One line for a person: where, which version, and what this release will do with it. */
    public String describe() {
        return switch (state) {
            case ABSENT -> "no warehouse at " + file + " (this release creates one at schema V" + latest + ")";
            case CURRENT -> "schema V" + version + " (" + file + "), this release's";
            case OLDER -> "schema V" + version + " (" + file + "), older than this release's V" + latest
                    + ": ./metrokaart upgrade (or the next job) upgrades it, after copying it beside itself";
            case NEWER -> "schema V" + version + " (" + file + "), written by a newer release (this one knows up to V" + latest
                    + "): install the newer release to use it";
            case NOT_A_WAREHOUSE -> file + " is a DuckDB file but not a Metrokaart warehouse (no schema_version table)";
            case BUSY -> "schema not read: " + file + " is in use by another process (" + detail + ")";
            case UNREADABLE -> "schema not read: " + file + " cannot be opened (" + detail + ")";
        };
    }
}
