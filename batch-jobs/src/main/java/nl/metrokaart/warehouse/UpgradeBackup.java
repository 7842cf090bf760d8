package nl.metrokaart.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

import nl.metrokaart.UserInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The copy of a warehouse taken before its schema is upgraded: a plain file copy beside it,
 * named with the schema version it had and the time, e.g.
 * {@code metrokaart.duckdb.before-upgrade-from-V8.20261204T142900Z}. It is a complete DuckDB
 * file: to go back, stop every job and put it in the warehouse's place (with the older release).
 * This process holds the warehouse's write lock while it copies, after a checkpoint has moved
 * everything from the write-ahead log into the file, so no other process can change it meanwhile.
 */
final class UpgradeBackup {

    private static final Logger log = LoggerFactory.getLogger(UpgradeBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private UpgradeBackup() {
    }

    static Path take(DataSource dataSource, Path warehouse, int fromVersion) {
        new JdbcTemplate(dataSource).execute("CHECKPOINT");
        Path file = warehouse.toAbsolutePath().normalize();
        Path backup = file.resolveSibling(file.getFileName() + ".before-upgrade-from-V" + fromVersion + "." + STAMP.format(java.time.Instant.now()));
        Path part = backup.resolveSibling(backup.getFileName() + ".part");
        try {
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Path wal = file.resolveSibling(file.getFileName() + ".wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                // DuckDB reads "<file>.wal" beside the file it opens: the copy stays complete.
                Files.copy(wal, backup.resolveSibling(backup.getFileName() + ".wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, backup, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the message below says what matters
            }
            throw new UserInputException("The warehouse " + file + " needs an upgrade of its schema (now V" + fromVersion
                    + "), but its copy could not be written first to " + backup + " (" + e.getMessage()
                    + "). Make room beside the warehouse (the copy is as large as the warehouse) and run the command again; nothing was changed.");
        }
        log.info("copied the warehouse {} (schema V{}) to {} before upgrading it", file, fromVersion, backup);
        return backup;
    }
}
