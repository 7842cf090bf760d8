package nl.metrokaart.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.warehouse.KeyFingerprint;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes backups of the open warehouse: a timestamped copy of the checkpointed file, made while
 * this process holds the warehouse (so no job writes meanwhile), checked by opening it and
 * comparing every table's row count. Each backup is logged in the warehouse (and holds its own log row),
 * with the pseudonym key's fingerprint; the key itself never goes into a backup.
 */
@Component
public class WarehouseBackups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcTemplate jdbc;
    private final MetrokaartProperties settings;

    public WarehouseBackups(JdbcTemplate jdbc, MetrokaartProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A written and checked backup. */
    public record Written(Path file, long bytes, Map<String, Long> counts, String keyFingerprint) {

        /** The tables whose row counts are shown. */
        private static final List<String> SHOWN = List.of("ingested_file", "enrolment", "badge", "assessment", "followup", "company", "reject");

        /** What a user must know about a backup just written: where, that it was checked, and where the key is. */
        public List<String> describe(MetrokaartProperties settings) {
            String rows = SHOWN.stream().filter(counts::containsKey)
                    .map(t -> t + " " + counts.get(t)).reduce((a, b) -> a + ", " + b).orElse("");
            String key = keyFingerprint == null
                    ? "There is no pseudonym key yet (" + KeyFingerprint.whereIs(settings.getPseudonym()) + "): it is made on the first ingest; "
                            + "back it up then, separately from the warehouse."
                    : "The pseudonym key is NOT in the backup. It is in " + KeyFingerprint.whereIs(settings.getPseudonym())
                            + ": back it up separately and keep it apart from the warehouse backups (without it the backup's pseudonyms cannot be "
                            + "continued and its sealed addresses not read). Key fingerprint: " + keyFingerprint.substring(0, 16) + "…";
            return List.of(
                    String.format(Locale.ROOT, "Backup written: %s (%.1f MB)", file, bytes / 1_048_576.0),
                    "Checked: it opens and holds the same rows as the warehouse in all " + counts.size() + " tables (" + rows + ").",
                    key);
        }
    }

    /** The latest backup a warehouse logged. */
    public record Latest(LocalDateTime at, Path file) {
    }

    public Written write(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserInputException("Cannot create the backup folder " + dir + " (" + e.getMessage()
                    + "): name a folder this user can write with --to, or set metrokaart.backup.folder.");
        }
        if (!Files.isWritable(dir)) {
            throw new UserInputException("The backup folder " + dir + " is not writable by " + System.getProperty("user.name")
                    + ": name another with --to, or set metrokaart.backup.folder.");
        }
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Path file = dir.resolve("metrokaart-" + now.format(STAMP) + ".duckdb");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve("metrokaart-" + now.format(STAMP) + "-" + n + ".duckdb");
        }
        String fingerprint = KeyFingerprint.keyInPlace(settings.getPseudonym()).map(KeyFingerprint::of).orElse(null);
        Path target = file;
        jdbc.update("INSERT INTO backup_log VALUES (?, ?, ?)", Timestamp.valueOf(now), target.toString(), fingerprint);
        try {
            // A checkpoint writes everything committed into the file; no job writes while this process holds it,
            // so a copy of its bytes is consistent, and exact: a restore gives the same numbers to the last bit.
            Map<String, Long> counts = jdbc.execute((ConnectionCallback<Map<String, Long>>) c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
                return WarehouseCopy.rowCounts(c);
            });
            Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
            Files.copy(settings.getWarehouse().getPath().toAbsolutePath().normalize(), partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            WarehouseCopy.ownerOnly(partial);
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            check(target, counts);
            return new Written(target, Files.size(target), counts, fingerprint);
        } catch (RuntimeException | IOException e) {
            jdbc.update("DELETE FROM backup_log WHERE file = ?", target.toString());
            WarehouseCopy.deleteQuietly(target);
            WarehouseCopy.deleteQuietly(target.resolveSibling("." + target.getFileName() + ".partial"));
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new java.io.UncheckedIOException(e.getMessage(), (IOException) e);
        }
    }

    /** The backup opens on its own and holds as many rows in every table as the warehouse. */
    private static void check(Path backup, Map<String, Long> expected) {
        Map<String, Long> found;
        try (Connection c = WarehouseCopy.openReadOnly(backup)) {
            found = WarehouseCopy.rowCounts(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup " + backup + " was written but does not open: " + e.getMessage(), e);
        }
        if (!found.equals(expected)) {
            String difference = expected.keySet().stream().filter(t -> !expected.get(t).equals(found.get(t)))
                    .map(t -> t + " " + expected.get(t) + " rows in the warehouse, " + found.get(t) + " in the backup")
                    .findFirst().orElse("other tables");
            throw new IllegalStateException("the backup " + backup + " does not hold what the warehouse holds (" + difference + ")");
        }
    }

    /** The latest backup logged in the warehouse {@code connection} is on; empty when none (or a warehouse from before backups). */
    public static Optional<Latest> latest(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                    + "AND schema_name = 'main' AND table_name = 'backup_log'")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return Optional.empty();
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT backed_up_at, file FROM backup_log ORDER BY backed_up_at DESC LIMIT 1")) {
                return rs.next() ? Optional.of(new Latest(rs.getTimestamp(1).toLocalDateTime(), Path.of(rs.getString(2)))) : Optional.empty();
            }
        }
    }
}
