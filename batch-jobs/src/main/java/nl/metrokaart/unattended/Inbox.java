package nl.metrokaart.unattended;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;

/**
 * The inbox on disk: deliveries (a folder or a zip) are dropped in {@code inbox/}, claimed by an
 * atomic rename into {@code inbox/.processing/}, and moved from there to
 * {@code archive/<date>/} or {@code failed/<date>/} (with {@code <name>.REASON.txt} beside it).
 *
 * <p>Every step is a rename or can be redone, so a process killed at any moment leaves each
 * delivery in exactly one of: the inbox, {@code .processing/}, the archive or the failed folder.
 * What is in {@code .processing/} on start was claimed by a run that did not finish: it is taken
 * up first, and the warehouse (ingest by content, restart of the interrupted job) makes the
 * second attempt load each record once. A zip is unpacked into {@code inbox/.unpacked/<name>/}
 * through a temporary folder renamed when complete, so a cut-off unpacking is simply redone.
 *
 * <p>A delivery is complete when a file {@code <name>.ready} stands beside it (the sender writes
 * it last), or when nothing in it changed for the quiet period: no file or folder in it was
 * modified within that time and, in a long-lived process, nothing changed since the previous look.
 */
public final class Inbox {

    public static final String PROCESSING = ".processing";
    public static final String UNPACKED = ".unpacked";
    public static final String REASON_SUFFIX = ".REASON.txt";

    /** A claimed delivery: its name, where it is now and what it is. */
    public record Item(String name, Path claimed, Kind kind) {
        public enum Kind { FOLDER, ZIP, OTHER }
    }

    private final Path root;
    private final Path archive;
    private final Path failed;
    private final String readySuffix;
    private final Duration quietPeriod;
    private final boolean watching;
    private final Clock clock;
    private final ZipUnpacker unpacker;
    /** What each entry looked like at the previous look (long-lived process only). */
    private final Map<String, Long> lastSeen = new HashMap<>();

    public Inbox(Path root, Path archive, Path failed, String readySuffix, Duration quietPeriod, boolean watching, Clock clock) {
        this(root, archive, failed, readySuffix, quietPeriod, watching, clock, ZipUnpacker.Limits.DEFAULT);
    }

    private Inbox(Path root, Path archive, Path failed, String readySuffix, Duration quietPeriod, boolean watching, Clock clock,
                  ZipUnpacker.Limits limits) {
        this.unpacker = new ZipUnpacker(limits);
        this.root = root.toAbsolutePath().normalize();
        this.archive = archive.toAbsolutePath().normalize();
        this.failed = failed.toAbsolutePath().normalize();
        this.readySuffix = readySuffix;
        this.quietPeriod = quietPeriod;
        this.watching = watching;
        this.clock = clock;
    }

    /** The inbox as configured; {@code watching} for a process that looks again and again (schedule). */
    public static Inbox of(MetrokaartProperties.Inbox settings, boolean watching) {
        return new Inbox(settings.getPath(), settings.getArchive(), settings.getFailed(), settings.getReadySuffix(),
                settings.getQuietPeriod(), watching, Clock.systemDefaultZone(), new ZipUnpacker.Limits(
                        settings.getMaxUnpackedSize().toBytes(), settings.getMaxCompressionRatio(), settings.getMaxZipEntries()));
    }

    public Path root() { return root; }
    public Path archiveRoot() { return archive; }
    public Path failedRoot() { return failed; }

    /** Checks the inbox is there (creating it and its helpers is fine) before anything is claimed. */
    public void prepare() {
        try {
            Files.createDirectories(root.resolve(PROCESSING));
        } catch (IOException e) {
            throw new UserInputException("The inbox " + root + " cannot be used (" + e.getMessage()
                    + "). Create it, or set metrokaart.inbox.path to a folder this user can write.");
        }
    }

    /**
     * Deliveries claimed earlier whose run did not finish (the process stopped or was killed),
     * oldest claim first. Leftovers of cut-off moves and unpackings are cleaned up on the way.
     */
    public List<Item> claimed() {
        Path processing = root.resolve(PROCESSING);
        List<Item> items = new ArrayList<>();
        for (Path entry : list(processing)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                deleteTree(entry); // a claimed delivery that was being removed after a copy to another disk
            } else {
                items.add(new Item(name, entry, kindOf(entry)));
            }
        }
        // Unpacked zips whose zip is no longer claimed (archived or failed before the clean-up).
        for (Path unpacked : list(root.resolve(UNPACKED))) {
            String name = unpacked.getFileName().toString();
            if (name.startsWith(".") || items.stream().noneMatch(i -> i.name().equals(name))) {
                deleteTree(unpacked);
            }
        }
        items.sort(Comparator.comparing(i -> modified(i.claimed())));
        return items;
    }

    /** Names of inbox entries that are complete, in name order; markers without a delivery are removed. */
    public List<String> ready() {
        Instant now = clock.instant();
        List<String> ready = new ArrayList<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Path entry : list(root)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                continue;
            }
            if (name.endsWith(readySuffix) && name.length() > readySuffix.length()) {
                String delivery = name.substring(0, name.length() - readySuffix.length());
                if (!Files.exists(root.resolve(delivery)) && !Files.exists(root.resolve(delivery + ".zip"))
                        && olderThanQuietPeriod(modified(entry), now)) {
                    deleteQuietly(entry); // its delivery was claimed before the marker could be removed
                }
                continue;
            }
            present.add(name);
            if (isReady(entry, name, now)) {
                ready.add(name);
            }
        }
        lastSeen.keySet().retainAll(present);
        ready.sort(null);
        return ready;
    }

    private boolean isReady(Path entry, String name, Instant now) {
        if (markers(name).stream().anyMatch(Files::exists)) {
            return true;
        }
        Snapshot snapshot;
        try {
            snapshot = Snapshot.of(entry);
        } catch (IOException | UncheckedIOException e) {
            return false; // changing under our eyes
        }
        Long previous = lastSeen.put(name, snapshot.hash());
        if (snapshot.files() == 0 || !olderThanQuietPeriod(snapshot.newest(), now)) {
            return false;
        }
        return !watching || previous != null && previous == snapshot.hash();
    }

    /** The markers that say {@code name} is complete: {@code X.zip.ready}, and for a zip also {@code X.ready}. */
    private List<Path> markers(String name) {
        List<Path> markers = new ArrayList<>(List.of(root.resolve(name + readySuffix)));
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") && name.length() > 4) {
            markers.add(root.resolve(name.substring(0, name.length() - 4) + readySuffix));
        }
        return markers;
    }

    private boolean olderThanQuietPeriod(Instant modified, Instant now) {
        return !modified.isAfter(now.minus(quietPeriod));
    }

    /** Claims an inbox entry by an atomic rename into .processing; empty when it is gone or a namesake is still being processed. */
    public Optional<Item> claim(String name) {
        Path source = root.resolve(name);
        Path target = root.resolve(PROCESSING).resolve(name);
        if (Files.exists(target)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(target.getParent());
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + source + " (move it into " + target.getParent() + ")", e);
        }
        markers(name).forEach(Inbox::deleteQuietly);
        lastSeen.remove(name);
        return Optional.of(new Item(name, target, kindOf(target)));
    }

    /** The folder to ingest: the claimed folder itself, or the claimed zip unpacked (again, when an earlier unpacking was cut off). */
    public Path deliveryFolder(Item item) {
        switch (item.kind()) {
            case FOLDER:
                return item.claimed();
            case ZIP:
                return unpack(item);
            default:
                throw new UserInputException(item.name() + " is a single file, not a delivery: a delivery is a folder (or a .zip) "
                        + "holding all files of one export, e.g. inbox/2026-10/ with metrokaart.yaml, companies.csv, enrolments.csv.");
        }
    }

    private Path unpack(Item item) {
        Path folder = root.resolve(UNPACKED).resolve(item.name());
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path partial = root.resolve(UNPACKED).resolve("." + item.name() + ".partial");
        deleteTree(partial);
        try {
            Files.createDirectories(partial);
            unpacker.unpack(item.name(), item.claimed(), partial);
        } catch (UserInputException refused) {
            deleteTree(partial);
            throw refused;
        } catch (java.nio.file.FileSystemException e) {
            deleteTree(partial);
            throw new UncheckedIOException("cannot unpack " + item.claimed() + " into " + partial, e);
        } catch (IOException e) {
            deleteTree(partial);
            throw new UserInputException(item.name() + " cannot be unpacked (" + e.getMessage()
                    + "): is it a complete zip file? Send it again, or unpack it and drop the folder instead.");
        }
        move(partial, folder);
        return folder;
    }

    /** Moves a delivery that was ingested to {@code archive/<date>/}; returns where it went. */
    public Path archive(Item item) {
        Path target = unique(archive.resolve(LocalDate.now(clock).toString()), item.name(), item.kind() != Item.Kind.FOLDER);
        move(item.claimed(), target);
        deleteTree(root.resolve(UNPACKED).resolve(item.name()));
        return target;
    }

    /** Moves a delivery that failed to {@code failed/<date>/}, with the reason beside it; returns where the reason file is. */
    public Path fail(Item item, String reason) {
        Path target = unique(failed.resolve(LocalDate.now(clock).toString()), item.name(), item.kind() != Item.Kind.FOLDER);
        Path reasonFile = target.resolveSibling(target.getFileName() + REASON_SUFFIX);
        writeAtomically(reasonFile, reason);
        move(item.claimed(), target);
        deleteTree(root.resolve(UNPACKED).resolve(item.name()));
        return reasonFile;
    }

    /** A free name in {@code folder}: the name itself, else name-2, name-3, ... (before a file's extension). */
    static Path unique(Path folder, String name, boolean file) {
        int dot = file ? name.lastIndexOf('.') : -1;
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path candidate = folder.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + extension);
        }
        return candidate;
    }

    /**
     * Moves a file or folder by an atomic rename; to another disk by copying to a hidden name
     * that is renamed when complete, then removing the source under a hidden name (both
     * leftovers of a cut-off move are cleaned up or redone on the next start).
     */
    static void move(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException otherDisk) {
                Path copying = target.resolveSibling("." + target.getFileName() + ".copying");
                deleteTree(copying);
                copyTree(source, copying);
                Files.move(copying, target, StandardCopyOption.ATOMIC_MOVE);
                Path removing = source.resolveSibling("." + source.getFileName() + ".removing");
                Files.move(source, removing, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(removing);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + source + " to " + target, e);
        }
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Item.Kind kindOf(Path entry) {
        if (Files.isDirectory(entry)) {
            return Item.Kind.FOLDER;
        }
        return entry.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? Item.Kind.ZIP : Item.Kind.OTHER;
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder, e);
        }
        entries.sort(null);
        return entries;
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a marker left behind is removed on a later look
        }
    }

    /** What an entry looks like: every file and folder in it (hidden ones too) with size and time. */
    private record Snapshot(long hash, int files, Instant newest) {

        static Snapshot of(Path entry) throws IOException {
            long hash = 17;
            int files = 0;
            Instant newest = Instant.EPOCH;
            try (Stream<Path> walk = Files.walk(entry)) {
                for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                    BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                    Instant modified = attributes.lastModifiedTime().toInstant();
                    newest = modified.isAfter(newest) ? modified : newest;
                    hash = 31 * hash + entry.relativize(p).toString().hashCode();
                    hash = 31 * hash + attributes.size();
                    hash = 31 * hash + modified.toEpochMilli();
                    files += attributes.isRegularFile() ? 1 : 0;
                }
            }
            return new Snapshot(hash, files, newest);
        }
    }
}
