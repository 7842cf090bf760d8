package nl.metrokaart.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

/**
 * The read snapshot: a copy of the warehouse that analysts, {@code query}, {@code status} and
 * BI tools read while a job holds the warehouse (DuckDB lets no other process open a file that
 * is being written, not even to read).
 *
 * <p>Published when a job ends: a {@code CHECKPOINT} moves everything committed into the
 * warehouse file (the write-ahead log is then empty), the file is copied to a hidden temporary
 * name in the snapshot's folder and flushed to disk, and renamed over the snapshot in one
 * atomic step. A reader therefore sees the old snapshot or the new one, never a half-written
 * file; a reader that has the old one open keeps reading it (the rename leaves its inode alone).
 */
public final class WarehouseSnapshot {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WarehouseSnapshot() {
    }

    /** The default snapshot of {@code warehouse}: {@code data/metrokaart.duckdb} -> {@code data/metrokaart-read.duckdb}. */
    public static Path besides(Path warehouse) {
        String name = warehouse.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String snapshot = dot > 0 ? name.substring(0, dot) + "-read" + name.substring(dot) : name + "-read";
        return warehouse.resolveSibling(snapshot);
    }

    /**
     * Publishes the warehouse that {@code dataSource} holds open as {@code snapshot}. Nothing else
     * may write the warehouse meanwhile: call it when a job has ended, in the process that ran it.
     */
    public static void publish(DataSource dataSource, Path warehouse, Path snapshot) throws IOException, SQLException {
        Path target = snapshot.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            statement.execute("CHECKPOINT");
            Files.copy(warehouse.toAbsolutePath(), temporary, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            // The snapshot holds what the warehouse holds (pseudonymised data): no wider access than the owner's.
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's access rules apply
        }
        Files.setLastModifiedTime(temporary, FileTime.from(Instant.now()));
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** For the terminal: "the snapshot of 2026-12-04 14:02 (12 minutes old)". */
    public static String describe(Path snapshot) {
        try {
            Instant published = Files.getLastModifiedTime(snapshot).toInstant();
            long minutes = Math.max(0, Duration.between(published, Instant.now()).toMinutes());
            String age = minutes < 1 ? "less than a minute old"
                    : minutes < 120 ? minutes + (minutes == 1 ? " minute old" : " minutes old")
                    : minutes < 48 * 60 ? minutes / 60 + " hours old" : minutes / (24 * 60) + " days old";
            return "the snapshot of " + LocalDateTime.ofInstant(published, ZoneId.systemDefault()).format(SHOWN) + " (" + age + ")";
        } catch (IOException e) {
            return "the snapshot " + snapshot;
        }
    }
}
