package nl.metrokaart.warehouse;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import nl.metrokaart.UserInputException;

/**
 * What can be wrong with the warehouse path itself, said in sentences: a folder, a file that is
 * not DuckDB, a read-only disk, no warehouse at all. DuckDB reports these as IO errors that
 * read like a crash ("Unexpected error: SQLException ...").
 */
public final class WarehouseFile {

    private WarehouseFile() {
    }

    /** Before a read-only command opens {@code file}: it must be an existing file (read-only commands never create one). */
    public static void checkReadable(Path file) {
        Path shown = file.toAbsolutePath().normalize();
        if (Files.isDirectory(shown)) {
            throw folder(shown);
        }
        if (!Files.isRegularFile(shown)) {
            throw new UserInputException("There is no warehouse at " + shown + ". Read-only commands never create one: "
                    + "check the path (--warehouse, metrokaart.warehouse.path or METROKAART_WAREHOUSE_PATH), "
                    + "or make the warehouse by ingesting a delivery: ./metrokaart ingest FOLDER --warehouse " + shown + ".");
        }
    }

    /** Before a job opens {@code file} for writing: not a folder, and not on a read-only disk. */
    public static void checkWritable(Path file) {
        Path shown = file.toAbsolutePath().normalize();
        if (Files.isDirectory(shown)) {
            throw folder(shown);
        }
        if (onReadOnlyDisk(shown)) {
            throw readOnlyDisk(shown);
        }
    }

    /** A DuckDB failure to open {@code file} as a sentence, when it is one of the known cases. */
    public static Optional<UserInputException> explain(Path file, Throwable failure) {
        Path shown = file.toAbsolutePath().normalize();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Is a directory")) {
                return Optional.of(folder(shown));
            }
            if (message.contains("not a valid DuckDB database file")) {
                return Optional.of(new UserInputException("The warehouse " + shown + " is not a DuckDB database file (it may be another file "
                        + "given by mistake, or cut off by a copy that did not finish). Check --warehouse / metrokaart.warehouse.path; "
                        + "restore the warehouse from a backup, or move this file aside and ingest the deliveries again."));
            }
            if (message.contains("Read-only file system")) {
                return Optional.of(readOnlyDisk(shown));
            }
            if (message.contains("Permission denied")) {
                return Optional.of(new UserInputException("The warehouse " + shown + " cannot be opened: permission denied for user "
                        + System.getProperty("user.name", "?") + ". Give this user access to the file and its folder, "
                        + "or set metrokaart.warehouse.path to a file this user may use."));
            }
        }
        return Optional.empty();
    }

    /** Whether the disk {@code path} is on (or would be created on) is mounted read-only. */
    public static boolean onReadOnlyDisk(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return store.isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static UserInputException folder(Path shown) {
        return new UserInputException("The warehouse path " + shown + " is a folder, not a DuckDB file: name the file itself, "
                + "e.g. --warehouse " + shown.resolve("metrokaart.duckdb") + ".");
    }

    private static UserInputException readOnlyDisk(Path shown) {
        return new UserInputException("The warehouse " + shown + " is on a read-only disk (mounted read-only), so a job cannot write it. "
                + "Mount that disk read-write, or set metrokaart.warehouse.path (--warehouse) to a file on a writable disk. "
                + "Reading needs no write access: query, export, status and history work on a read-only disk.");
    }
}
