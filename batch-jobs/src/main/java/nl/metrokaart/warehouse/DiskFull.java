package nl.metrokaart.warehouse;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says "the disk is full" as a sentence: which file could not be written, how much room its disk
 * has and about how much a job needs, and that the same command resumes once there is room. DuckDB
 * and Java report it in many words ("No space left on device", "File too large", a quota), often
 * under a later failure ("cannot commit - no transaction is active"), so every cause is searched.
 */
public final class DiskFull {

    private static final Pattern SIGNS = Pattern.compile(
            "no space left on device|disk quota exceeded|file too large|not enough space on the disk|the disk is full|out of disk space",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_FILE = Pattern.compile("(?i)file \"([^\"]+)\"");
    private static final long MB = 1024L * 1024;
    /** A job needs room for about twice the warehouse (its write-ahead log and checkpoint), and at least this. */
    private static final long MINIMUM = 512 * MB;

    private DiskFull() {
    }

    /** The sentence for the first failure (or any of its causes) that is a full disk; empty when none is. */
    public static Optional<String> describe(List<? extends Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                Optional<String> sentence = sentence(t);
                if (sentence.isPresent()) {
                    return sentence;
                }
                for (Throwable suppressed : t.getSuppressed()) {
                    sentence = describe(List.of(suppressed));
                    if (sentence.isPresent()) {
                        return sentence;
                    }
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<String> describe(Throwable failure) {
        return describe(List.of(failure));
    }

    private static Optional<String> sentence(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        Matcher sign = SIGNS.matcher(message);
        if (!sign.find()) {
            return Optional.empty();
        }
        Path file = null;
        if (t instanceof FileSystemException fs && fs.getFile() != null) {
            file = Path.of(fs.getFile());
        } else {
            Matcher quoted = QUOTED_FILE.matcher(message);
            if (quoted.find()) {
                file = Path.of(quoted.group(1));
            }
        }
        String what = sign.group().toLowerCase(Locale.ROOT).startsWith("file too large")
                ? "a file size limit was reached (File too large)" : "the disk is full (" + sign.group() + ")";
        StringBuilder text = new StringBuilder("Nothing of the failed step was kept: ").append(what);
        if (file != null) {
            text.append(" while writing ").append(file.toAbsolutePath());
            room(file).ifPresent(text::append);
        } else {
            text.append(" (the error does not name the file: the disk of the warehouse, of the output folder or of the "
                    + "system's temporary folder)");
        }
        text.append(". Free space there (or move the warehouse to a disk with room: metrokaart.warehouse.path) and run the same "
                + "command again: it resumes at the step that failed.");
        return Optional.of(text.toString());
    }

    /** "; /data has 12 MB free, a job needs about 512 MB" for the disk the file is on. */
    private static Optional<String> room(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            while (folder != null && !Files.isDirectory(folder)) {
                folder = folder.getParent();
            }
            if (folder == null) {
                return Optional.empty();
            }
            FileStore store = Files.getFileStore(folder);
            String name = file.getFileName().toString();
            Path warehouse = folder.resolve(name.replaceAll("\\.(wal|tmp)$", ""));
            long size = Files.isRegularFile(warehouse) ? Files.size(warehouse) : 0;
            long needed = Math.max(MINIMUM, 2 * size);
            return Optional.of(String.format(Locale.ROOT, "; that disk (%s, %s) has %s free, and a job needs about %s free "
                            + "(twice the warehouse, at least %s)", store.name(), folder, megabytes(store.getUsableSpace()),
                    megabytes(needed), megabytes(MINIMUM)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / MB);
    }
}
