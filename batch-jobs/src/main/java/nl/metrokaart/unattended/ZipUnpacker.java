package nl.metrokaart.unattended;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import nl.metrokaart.UserInputException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks a delivery zip within limits, so a zip bomb (4 GB of zeros packs into 4 MB) is refused
 * with its reason instead of filling the disk: the total unpacked size, the ratio of a file's
 * unpacked to packed size, and the number of entries. Sizes are counted as the bytes come out,
 * not taken from the zip's own (forgeable) headers. Symbolic links and paths outside the
 * delivery's folder are refused by name.
 */
final class ZipUnpacker {

    /** Below this a file's ratio is not judged: small files of repeated text pack very well and harm nobody. */
    private static final long RATIO_FLOOR = 1L << 20;

    /** The limits (application.yml: metrokaart.inbox.max-unpacked-size, max-compression-ratio, max-zip-entries). */
    record Limits(long maxUnpackedBytes, int maxRatio, int maxEntries) {
        static final Limits DEFAULT = new Limits(2L << 30, 200, 10_000);
    }

    private final Limits limits;

    ZipUnpacker(Limits limits) {
        this.limits = limits;
    }

    /** Unpacks {@code zipFile} (shown as {@code name}) into {@code folder}; refuses it with the reason when a limit is exceeded. */
    void unpack(String name, Path zipFile, Path folder) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(zipFile).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw refused(name, "it holds " + entries.size() + " files and folders, more than the " + limits.maxEntries()
                        + " a delivery may hold (metrokaart.inbox.max-zip-entries)");
            }
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                if (entry.isUnixSymlink()) {
                    throw new UserInputException(name + " was not unpacked: it holds a symbolic link, " + entry.getName()
                            + ", and a delivery holds only files and folders. Make the zip again from the files themselves "
                            + "(without zip's -y / --symlinks), or drop the delivery folder instead.");
                }
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new UserInputException(name + " holds a file outside its own folder (" + entry.getName()
                            + "); it was not unpacked. Make the zip again from the delivery folder.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (Files.isDirectory(target)) {
                    throw refused(name, "it holds " + entry.getName() + " twice, as a folder and as a file");
                }
                Files.createDirectories(target.getParent());
                long packed = Math.max(1, entry.getCompressedSize());
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    long written = 0;
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                        written += n;
                        total += n;
                        if (total > limits.maxUnpackedBytes()) {
                            throw refused(name, "its files unpack to more than " + size(limits.maxUnpackedBytes())
                                    + " in all (metrokaart.inbox.max-unpacked-size); stopped at " + entry.getName());
                        }
                        if (written > RATIO_FLOOR && written / packed > limits.maxRatio()) {
                            throw refused(name, entry.getName() + " unpacks to more than " + limits.maxRatio() + " times its packed size of "
                                    + size(packed) + " (metrokaart.inbox.max-compression-ratio): a zip bomb, or a file of nothing but repeats");
                        }
                    }
                }
            }
        }
    }

    private static UserInputException refused(String name, String why) {
        return new UserInputException(name + " was not unpacked: " + why + ". If the delivery is genuine, unpack it and drop the folder "
                + "instead, or raise the limit in application.yml.");
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
