package nl.metrokaart.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import nl.metrokaart.UserInputException;

/**
 * The warehouse opened read-only, for analysts' queries, exports, status and history: no
 * migrations, no Spring, and several such readers may share the file while no job writes it.
 *
 * <p>The connection is a sandbox: besides read-only, DuckDB's external access is off (no file
 * outside the database is read or written: no {@code COPY ... TO}, {@code EXPORT DATABASE},
 * {@code read_csv}, {@code read_text}, {@code ATTACH}), extensions are neither installed nor
 * loaded, and the configuration is locked so no {@code SET} can undo this. The only file a
 * command may write is its own output, allowed by name ({@link #openWriting}).
 */
public final class ReadOnlyWarehouse {

    /** What an analyst reads: the warehouse, or its snapshot while a job holds it (the note says so). */
    public record Reading(Connection connection, Optional<String> note) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private ReadOnlyWarehouse() {
    }

    /** The sandbox: reads the database, nothing else. */
    public static Connection open(Path file) {
        return open(file, List.of(), List.of());
    }

    /** The sandbox that may also write {@code outputFile} (query --out FILE.parquet). */
    public static Connection openWriting(Path file, Path outputFile) {
        return open(file, List.of(outputFile), List.of());
    }

    /**
     * The warehouse, or while a job holds it the read snapshot (when one was published), in the
     * sandbox; {@code outputFiles} and {@code outputFolders} are the command's own output.
     */
    public static Reading openOrSnapshot(Path file, Path snapshot, List<Path> outputFiles, List<Path> outputFolders) {
        WarehouseFile.checkReadable(file);
        try {
            return new Reading(open(file, outputFiles, outputFolders), Optional.empty());
        } catch (WarehouseBusyException busy) {
            if (snapshot == null || !Files.isRegularFile(snapshot)) {
                throw busy;
            }
            Connection connection = open(snapshot, outputFiles, outputFolders);
            return new Reading(connection, Optional.of("Reading " + WarehouseSnapshot.describe(snapshot) + ": a job holds the warehouse (pid "
                    + busy.pid() + "); its changes show once it has ended."));
        }
    }

    private static Connection open(Path file, List<Path> outputFiles, List<Path> outputFolders) {
        WarehouseFile.checkReadable(file);
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        if (!outputFiles.isEmpty()) {
            properties.setProperty("allowed_paths", list(outputFiles));
        }
        if (!outputFolders.isEmpty()) {
            properties.setProperty("allowed_directories", list(outputFolders));
        }
        properties.setProperty("lock_configuration", "true");
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            try {
                requireCurrentSchema(connection, file);
                Models.shadowStale(connection);
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw WarehouseBusyException.from(file, e).map(RuntimeException.class::cast)
                    .or(() -> WarehouseFile.explain(file, e))
                    .orElseGet(() -> new UserInputException("Cannot open the warehouse " + file + ": " + e.getMessage()));
        }
    }

    /**
     * A reader never migrates: a warehouse an older build made (before its next job brings it up
     * to date) would fail on a missing table in the middle of a query; say so up front instead.
     */
    private static void requireCurrentSchema(Connection connection, Path file) throws SQLException {
        int needed = Migrations.scripts().stream().mapToInt(Migrations.Script::version).max().orElse(0);
        int found;
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            found = rs.getInt(1);
        } catch (SQLException noSchemaTable) {
            found = 0;
        }
        if (found < needed) {
            throw new UserInputException("The warehouse " + file.toAbsolutePath().normalize() + " was made by an older version of Metrokaart "
                    + "(schema version " + found + ", this version reads " + needed + "). Read-only commands never change it: run a job "
                    + "on it once (the next ./metrokaart ingest or ./metrokaart report) to bring it up to date, then try again.");
        }
    }

    /** A DuckDB list literal of paths: ['/a/b', '/c']. */
    private static String list(List<Path> paths) {
        return paths.stream().map(p -> "'" + p.toAbsolutePath().normalize().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** A refusal of the sandbox as a sentence, or empty when {@code e} is another SQL error. */
    public static Optional<String> refusal(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("disabled by configuration") || message.contains("disabled through configuration")
                || message.contains("configuration has been locked")) {
            String first = message.lines().findFirst().orElse(message);
            return Optional.of("Refused: query only reads the warehouse. It cannot read or write other files, "
                    + "attach databases, install or load extensions, or change settings (" + first + "). "
                    + "To write a result to a file, use --out FILE (.csv, .xlsx or .parquet).");
        }
        return Optional.empty();
    }
}
