package nl.metrokaart.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import nl.metrokaart.UserInputException;
import nl.metrokaart.warehouse.WarehouseBusyException;

/**
 * The warehouse file as a whole: row counts to check a copy by, a read-only opening, and a
 * rewrite by DuckDB itself ({@code COPY FROM DATABASE} into a fresh file) after an erasure: a
 * fresh file holds only live rows, none of the old blocks a deletion leaves behind in a database
 * file until it is rewritten.
 */
public final class WarehouseCopy {

    private WarehouseCopy() {
    }

    /** Copies the database {@code connection} is on into the new file {@code target}. */
    public static void copy(Connection connection, Path target) throws SQLException {
        try (Statement s = connection.createStatement()) {
            String source;
            try (ResultSet rs = s.executeQuery("SELECT current_database()")) {
                rs.next();
                source = rs.getString(1);
            }
            s.execute("CHECKPOINT");
            s.execute("ATTACH '" + target.toAbsolutePath().toString().replace("'", "''") + "' AS metrokaart_copy");
            try {
                s.execute("COPY FROM DATABASE \"" + source.replace("\"", "\"\"") + "\" TO metrokaart_copy");
            } finally {
                s.execute("DETACH metrokaart_copy");
            }
        }
    }

    /** Row counts of every table of the database {@code connection} is on (the job repository's included). */
    public static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connection.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                    + "AND schema_name = 'main' AND NOT temporary ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** A warehouse file opened on its own, read-only (a backup, or the warehouse while no one holds it). */
    public static Connection openReadOnly(Path file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }

    /**
     * Rewrites the warehouse file through a fresh copy, so that nothing deleted from it survives
     * in free blocks of the file. Fails as busy when another process holds it.
     */
    public static void rewrite(Path warehouse) {
        Path file = warehouse.toAbsolutePath().normalize();
        Path fresh = file.resolveSibling("." + file.getFileName() + ".rewrite");
        try {
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(wal(fresh));
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                copy(c, fresh);
            }
            keepPermissions(file, fresh);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(wal(fresh));
        } catch (SQLException e) {
            deleteQuietly(fresh);
            throw WarehouseBusyException.from(file, e).map(RuntimeException.class::cast)
                    .orElseGet(() -> new IllegalStateException("cannot rewrite the warehouse " + file + ": " + e.getMessage(), e));
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException("cannot rewrite the warehouse " + file, e);
        }
    }

    /**
     * Publishes the read snapshot again after the warehouse changed outside a job (an erasure, a
     * restore): otherwise analysts would go on reading the data as it was, an erased person included.
     */
    public static void republishSnapshot(nl.metrokaart.MetrokaartProperties.Warehouse settings) {
        Path warehouse = settings.getPath().toAbsolutePath().normalize();
        Path snapshot = settings.getSnapshot().toAbsolutePath().normalize();
        try {
            if (!settings.isPublishSnapshot()) {
                // not published any more: a snapshot left from before must not keep older (or erased) data
                Files.deleteIfExists(snapshot);
                return;
            }
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse)) {
                nl.metrokaart.warehouse.WarehouseSnapshot.publish(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true),
                        warehouse, snapshot);
            }
        } catch (SQLException e) {
            throw WarehouseBusyException.from(warehouse, e).map(RuntimeException.class::cast)
                    .orElseGet(() -> new IllegalStateException("cannot publish the read snapshot " + snapshot + ": " + e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the read snapshot " + snapshot, e);
        }
    }

    /** DuckDB's write-ahead log beside a database file. */
    public static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder's permissions apply
        }
    }

    private static void keepPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder's permissions apply
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(wal(file));
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the next attempt replaces it
        }
    }

    /** A clear message for a file that is no warehouse. */
    static UserInputException notAWarehouse(Path file, String why) {
        return new UserInputException(file.toAbsolutePath().normalize() + " is not a Metrokaart warehouse backup (" + why
                + "): name a file written by ./metrokaart backup.");
    }
}
