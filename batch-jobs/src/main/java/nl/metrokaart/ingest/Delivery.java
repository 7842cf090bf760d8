package nl.metrokaart.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import nl.metrokaart.UserInputException;

/** One delivery folder: its files, each with its kind and content hash. */
public record Delivery(Path folder, List<DeliveryFile> files) {

    /** A file of the delivery; its content hash is computed on first use (files can be large). */
    public static final class DeliveryFile {
        private final Path path;
        private final String relativeName;
        private final InputKind kind;
        private String sha256;

        DeliveryFile(Path path, String relativeName, InputKind kind) {
            this.path = path;
            this.relativeName = relativeName;
            this.kind = kind;
        }

        public Path path() { return path; }
        public String relativeName() { return relativeName; }
        public InputKind kind() { return kind; }

        public synchronized String sha256() {
            if (sha256 == null) {
                sha256 = HASHES.computeIfAbsent(identity(path), k -> Delivery.sha256(path));
            }
            return sha256;
        }
    }

    /** Lists the folder (and its subfolders); hidden files and Office lock files are skipped. */
    public static Delivery scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserInputException("The delivery folder " + folder + " does not exist or is not a folder.");
        }
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            List<DeliveryFile> files = walk
                    .filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .map(p -> {
                        Path relative = root.relativize(p);
                        InputKind kind = InputKind.of(relative);
                        return new DeliveryFile(p, relative.toString().replace('\\', '/'),
                                ContentSniffer.coachKindOf(p, ContentSniffer.kindOf(p, kind)));
                    })
                    .toList();
            return new Delivery(root, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the delivery folder " + folder, e);
        }
    }

    public List<DeliveryFile> filesOf(InputKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Identifies the delivery's content: the same files with the same bytes give the same fingerprint. */
    public String fingerprint() {
        MessageDigest digest = newDigest();
        for (DeliveryFile f : files) {
            digest.update((f.relativeName() + '\0' + f.sha256() + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".") || part.toString().startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /** Hashes already computed in this process, by path, size and modification time: large files are read once. */
    private static final java.util.Map<String, String> HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String identity(Path file) {
        try {
            return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String sha256(Path file) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
