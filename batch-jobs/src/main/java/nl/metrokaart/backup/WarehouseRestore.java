package nl.metrokaart.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.privacy.ParticipantIdentities;
import nl.metrokaart.warehouse.KeyFingerprint;
import nl.metrokaart.warehouse.WarehouseBusyException;

/**
 * Puts a backup back in the warehouse's place. Everything is checked before anything changes:
 * the file is a warehouse backup, the pseudonym key in place is the one the backup was made with
 * (by its fingerprint, or by opening a sealed address batch), and no process holds the
 * warehouse. The replaced warehouse is kept aside under a name that says so.
 */
public final class WarehouseRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private WarehouseRestore() {
    }

    /** What a backup file holds, read without changing it. */
    public record Backup(Path file, LocalDateTime backedUpAt, String keyFingerprint, Map<String, Long> counts, byte[] sealedBatch) {
    }

    /** The outcome: where the replaced warehouse went (null: there was none) and the erasures it held. */
    public record Restored(Backup backup, Path warehouse, Path replacedAside, Set<String> erasedInReplaced) {
    }

    public static Backup read(Path file) {
        Path backup = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new UserInputException("There is no backup at " + backup + ": name a file written by ./metrokaart backup "
                    + "(by default in backups/, named metrokaart-<date>-<time>.duckdb).");
        }
        try (Connection c = WarehouseCopy.openReadOnly(backup); Statement s = c.createStatement()) {
            Set<String> tables = tables(s);
            if (!tables.contains("ingested_file") || !tables.contains("schema_version")) {
                throw WarehouseCopy.notAWarehouse(backup, "a DuckDB database, but without the warehouse's tables");
            }
            LocalDateTime at = null;
            String fingerprint = null;
            if (tables.contains("backup_log")) {
                try (ResultSet rs = s.executeQuery("SELECT backed_up_at, key_fingerprint FROM backup_log ORDER BY backed_up_at DESC LIMIT 1")) {
                    if (rs.next()) {
                        at = rs.getTimestamp(1).toLocalDateTime();
                        fingerprint = rs.getString(2);
                    }
                }
            }
            byte[] batch = null;
            try (ResultSet rs = s.executeQuery("SELECT identities FROM participant_identity_batch LIMIT 1")) {
                if (rs.next()) {
                    batch = rs.getBytes(1);
                }
            }
            return new Backup(backup, at, fingerprint, WarehouseCopy.rowCounts(c), batch);
        } catch (SQLException e) {
            throw WarehouseBusyException.from(backup, e).map(RuntimeException.class::cast)
                    .orElseGet(() -> WarehouseCopy.notAWarehouse(backup, firstLine(e.getMessage())));
        }
    }

    /**
     * Checks that the key in place is the backup's: its fingerprint, or, for a backup that holds
     * none, a sealed address batch that opens with it. A backup without participants needs no key.
     */
    public static void checkKey(Backup backup, MetrokaartProperties.Pseudonym settings) {
        if (backup.keyFingerprint() == null && backup.sealedBatch() == null) {
            return;
        }
        Optional<byte[]> key = KeyFingerprint.keyInPlace(settings);
        if (key.isEmpty()) {
            throw new UserInputException("There is no pseudonym key in place (expected in " + KeyFingerprint.whereIs(settings)
                    + "), and the backup's pseudonyms were made with one. Put back the key that belongs to this backup, from where "
                    + "you keep your key backups, then run restore again. Nothing was changed.");
        }
        boolean matches = backup.keyFingerprint() != null
                ? backup.keyFingerprint().equals(KeyFingerprint.of(key.get()))
                : ParticipantIdentities.sealedWith(key.get(), backup.sealedBatch());
        if (!matches) {
            throw new UserInputException("The backup " + backup.file() + " was made with another pseudonym key than the one in "
                    + KeyFingerprint.whereIs(settings) + (backup.keyFingerprint() == null ? "" : " (backup's key fingerprint "
                    + backup.keyFingerprint().substring(0, 12) + "…, the key in place " + KeyFingerprint.of(key.get()).substring(0, 12) + "…)")
                    + ": it is a backup of another warehouse, or the key was replaced. Put the key that belongs to this backup in place "
                    + "and run restore again. Nothing was changed.");
        }
    }

    /** Replaces the warehouse by the backup; the replaced one is moved aside. Busy when a process holds the warehouse. */
    public static Restored restore(Backup backup, Path warehousePath) {
        Path warehouse = warehousePath.toAbsolutePath().normalize();
        if (warehouse.equals(backup.file())) {
            throw new UserInputException(backup.file() + " is the warehouse itself: name a backup file.");
        }
        String stamp = LocalDateTime.now().format(STAMP);
        Set<String> erased = new TreeSet<>();
        Path aside = null;
        try {
            Files.createDirectories(warehouse.getParent());
            if (Files.exists(warehouse)) {
                erased = erasedIn(warehouse);
                String name = warehouse.getFileName().toString().replaceFirst("\\.duckdb$", "");
                aside = warehouse.resolveSibling(name + ".replaced-" + stamp + ".duckdb");
                Files.move(warehouse, aside, StandardCopyOption.ATOMIC_MOVE);
                if (Files.exists(WarehouseCopy.wal(warehouse))) {
                    Files.move(WarehouseCopy.wal(warehouse), WarehouseCopy.wal(aside), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Path restoring = warehouse.resolveSibling("." + warehouse.getFileName() + ".restoring");
            Files.copy(backup.file(), restoring, StandardCopyOption.REPLACE_EXISTING);
            Files.move(restoring, warehouse, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the backup in place of " + warehouse
                    + (aside == null ? "" : "; the replaced warehouse is at " + aside), e);
        }
        try (Connection c = WarehouseCopy.openReadOnly(warehouse)) {
            Map<String, Long> counts = WarehouseCopy.rowCounts(c);
            if (!counts.equals(backup.counts())) {
                throw new IllegalStateException("the restored warehouse " + warehouse + " does not hold what the backup holds");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the restored warehouse " + warehouse + " does not open: " + e.getMessage(), e);
        }
        return new Restored(backup, warehouse, aside, erased);
    }

    /**
     * The participants the warehouse about to be replaced has erased (they must stay erased),
     * opened for writing so that a process holding it makes the restore refuse.
     */
    private static Set<String> erasedIn(Path warehouse) {
        Set<String> erased = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            if (tables(s).contains("erased_participant")) {
                try (ResultSet rs = s.executeQuery("SELECT participant_key FROM erased_participant")) {
                    while (rs.next()) {
                        erased.add(rs.getString(1));
                    }
                }
            }
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            Optional<WarehouseBusyException> busy = WarehouseBusyException.from(warehouse, e);
            if (busy.isPresent()) {
                throw busy.get(); // a restore never replaces a warehouse in use; nothing was changed
            }
            // A damaged warehouse is what a restore is for: it is moved aside as it is.
            org.slf4j.LoggerFactory.getLogger(WarehouseRestore.class).warn("the warehouse to replace does not open: {}", e.getMessage());
        }
        return erased;
    }

    private static Set<String> tables(Statement s) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static String firstLine(String message) {
        return message == null ? "it does not open" : message.lines().findFirst().orElse(message);
    }
}
