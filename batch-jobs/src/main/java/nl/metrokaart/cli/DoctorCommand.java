package nl.metrokaart.cli;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.ingest.catalogue.CatalogueReader;
import nl.metrokaart.unattended.Inbox;
import nl.metrokaart.warehouse.ReadOnlyWarehouse;
import nl.metrokaart.warehouse.WarehouseBusyException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the set-up a newcomer may get wrong, and say how to fix each problem: Java, the warehouse path, the "
                + "pseudonym key, fonts for charts, free disk, the catalogue, the inbox and the output folders. "
                + "Exits 1 when a problem was found. Changes nothing.")
class DoctorCommand implements Callable<Integer> {

    /** The font the charts are drawn in (reports' ChartTheme). */
    static final String CHART_FONT = "DejaVu Sans";
    private static final long GB = 1L << 30;

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Also check this metrokaart.yaml (those in the inbox are always checked).")
    Path catalogue;

    @Option(names = "--inbox", paramLabel = "FOLDER", description = "The inbox to check (default: inbox/, or metrokaart.inbox.path).")
    Path inbox;

    enum Level { OK, WARNING, PROBLEM }

    record Check(Level level, String what, String fix) {
        static Check ok(String what) { return new Check(Level.OK, what, null); }
        static Check warning(String what, String fix) { return new Check(Level.WARNING, what, fix); }
        static Check problem(String what, String fix) { return new Check(Level.PROBLEM, what, fix); }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MetrokaartProperties settings = WarehouseSession.settings(top,
                inbox == null ? Map.of() : Map.of("metrokaart.inbox.path", inbox.toString()));
        List<Check> checks = new ArrayList<>();
        checks.add(java());
        Path warehouse = settings.getWarehouse().getPath().toAbsolutePath().normalize();
        checks.add(writableFile("Warehouse", warehouse, "set metrokaart.warehouse.path (or --warehouse) to a file in a folder this user can write"));
        long participants = -1;
        boolean hasCatalogue = false;
        Check backup = null;
        java.util.Optional<String> fingerprint = java.util.Optional.empty();
        if (Files.isRegularFile(warehouse)) {
            try (Connection c = ReadOnlyWarehouse.open(warehouse); Statement s = c.createStatement()) {
                participants = count(s, "SELECT count(*) FROM enrolment");
                hasCatalogue = count(s, "SELECT count(*) FROM catalogue") > 0;
                backup = backup(nl.metrokaart.backup.WarehouseBackups.latest(c), settings.getBackup());
                fingerprint = nl.metrokaart.privacy.PseudonymKey.storedFingerprint(c);
            } catch (WarehouseBusyException busy) {
                checks.add(Check.ok("Warehouse is in use right now by pid " + busy.pid() + " (a job is running); its contents were not checked"));
            } catch (Exception e) {
                checks.add(Check.problem("Warehouse " + warehouse + " cannot be read: " + e.getMessage(),
                        "restore it from a backup, or move it aside and ingest the deliveries again"));
            }
        }
        checks.add(key(settings.getPseudonym(), participants));
        if (backup != null) {
            checks.add(backup);
        }
        nl.metrokaart.privacy.PseudonymKey keyInPlace = new nl.metrokaart.privacy.PseudonymKey(settings);
        if (fingerprint.isPresent() && keyInPlace.isPresent()) { // a missing key is said above
            checks.add(keyMatches(keyInPlace, fingerprint.get()));
        }
        checks.add(fonts());
        checks.add(disk(warehouse));
        checks.addAll(catalogues(settings.getInbox(), hasCatalogue, Files.isRegularFile(warehouse)));
        checks.addAll(inbox(settings.getInbox()));
        checks.add(writableFolder("Output folder", settings.getOut().toAbsolutePath().normalize(),
                "set metrokaart.out (or --out) to a folder this user can write"));
        checks.add(writableFolder("Log folder", Path.of(top.settings.getOrDefault("metrokaart.logs", System.getProperty("metrokaart.logs", "logs"))).toAbsolutePath().normalize(),
                "make it writable, or set metrokaart.logs to a folder this user can write"));

        out.println("Metrokaart doctor");
        for (Check check : checks) {
            String label = switch (check.level()) {
                case OK -> "ok";
                case WARNING -> "warning";
                case PROBLEM -> "PROBLEM";
            };
            out.printf("  %-8s %s%n", label, check.what());
            if (check.fix() != null) {
                out.printf("  %-8s Fix: %s%n", "", check.fix());
            }
        }
        long problems = checks.stream().filter(c -> c.level() == Level.PROBLEM).count();
        if (problems == 0) {
            out.println("No problems found.");
            return ExitCodes.DONE;
        }
        out.println(problems + (problems == 1 ? " problem" : " problems") + " found: fix " + (problems == 1 ? "it" : "them")
                + " and run ./metrokaart doctor again.");
        return ExitCodes.FAILED;
    }

    private static Check java() {
        Runtime.Version version = Runtime.version();
        String what = "Java " + version + " (" + System.getProperty("java.vendor", "?") + ", " + System.getProperty("java.home") + ")";
        return version.feature() >= 17 ? Check.ok(what)
                : Check.problem(what + " is too old: Metrokaart needs Java 17 or newer",
                "install Java 17 or newer (e.g. apt-get install openjdk-17-jre-headless) and put it first on PATH, or set JAVA_HOME");
    }

    /** A file that must be writable: it exists and is, or its folder can be created and written. */
    private static Check writableFile(String name, Path file, String alternative) {
        String subject = name + " " + file;
        if (nl.metrokaart.warehouse.WarehouseFile.onReadOnlyDisk(file)) {
            return readOnlyDisk(subject, file, alternative);
        }
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                return Check.problem(subject + " is a folder, not a file", alternative);
            }
            return Files.isWritable(file) ? Check.ok(subject + " is writable")
                    : Check.problem(subject + " is not writable by " + user(), "chmod u+w " + file + " (or chown it to " + user() + ")");
        }
        Check folder = creatable(subject, file.getParent(), alternative);
        return folder.level() == Level.OK ? Check.ok(subject + " does not exist yet; it is created on the first run") : folder;
    }

    private static Check writableFolder(String name, Path folder, String alternative) {
        String subject = name + " " + folder;
        if (nl.metrokaart.warehouse.WarehouseFile.onReadOnlyDisk(folder)) {
            return readOnlyDisk(subject, folder, alternative);
        }
        if (Files.isDirectory(folder)) {
            return Files.isWritable(folder) ? Check.ok(subject + " is writable")
                    : Check.problem(subject + " is not writable by " + user(), "chmod u+w " + folder + " (or chown it to " + user() + "), or " + alternative);
        }
        Check creatable = creatable(subject, folder, alternative);
        return creatable.level() == Level.OK ? Check.ok(subject + " does not exist yet; it is created when needed") : creatable;
    }

    /** On a disk mounted read-only no chmod helps: say so, and where else to write. */
    static Check readOnlyDisk(String subject, Path path, String alternative) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String store;
        try {
            store = existing == null ? "?" : Files.getFileStore(existing).toString();
        } catch (IOException e) {
            store = "?";
        }
        return Check.problem(subject + " is on a file system mounted read-only (" + store + "): nothing can be written there",
                "mount it read-write (ask whoever manages the machine), or " + alternative);
    }

    /** {@code subject} needs {@code folder}: it is a writable folder, or the nearest existing ancestor is one (it can be created). */
    private static Check creatable(String subject, Path folder, String alternative) {
        if (Files.isDirectory(folder)) {
            return Files.isWritable(folder) ? Check.ok(subject)
                    : Check.problem(subject + " cannot be written: its folder " + folder + " is not writable by " + user(),
                    "chmod u+w " + folder + ", or " + alternative);
        }
        Path ancestor = folder;
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return Check.problem(subject + " cannot be created: no part of the path exists", alternative);
        }
        if (!Files.isDirectory(ancestor)) {
            return Check.problem(subject + " cannot be created: " + ancestor + " is a file, not a folder",
                    "move that file aside, or " + alternative);
        }
        if (!Files.isWritable(ancestor)) {
            return Check.problem(subject + " cannot be created: " + ancestor + " is not writable by " + user(),
                    "mkdir -p " + folder + " as a user who may, and chown it to " + user() + "; or " + alternative);
        }
        return Check.ok(subject);
    }

    private static Check key(MetrokaartProperties.Pseudonym settings, long participants) {
        if (settings.getKey() != null && !settings.getKey().isBlank()) {
            return Check.ok("Pseudonym key is given in the environment (METROKAART_PSEUDONYM_KEY)");
        }
        Path file = settings.getKeyFile().toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            if (participants > 0) {
                return Check.problem("Pseudonym key " + file + " is missing, but the warehouse holds " + participants
                        + " pseudonymised enrolment rows: a new key would give every participant a new pseudonym",
                        "restore the key file from your backup to " + file + " (chmod 600), or set metrokaart.pseudonym.key-file to where it is");
            }
            return Check.warning("Pseudonym key " + file + " does not exist yet; it is created (owner-only) on the first ingest",
                    "back it up after the first ingest: without it, later deliveries get new pseudonyms");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Check.problem("Pseudonym key " + file + " cannot be read by " + user(), "chown " + user() + " " + file + " && chmod 600 " + file);
        }
        try {
            if (Files.readString(file, StandardCharsets.UTF_8).isBlank()) {
                return Check.problem("Pseudonym key " + file + " is empty", "restore it from your backup (a new key gives every participant a new pseudonym)");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            boolean shared = permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
            if (shared) {
                return Check.problem("Pseudonym key " + file + " is readable by others (" + PosixFilePermissions.toString(permissions)
                        + "): whoever reads it can link pseudonyms back to e-mail addresses", "chmod 600 " + file);
            }
        } catch (UnsupportedOperationException notPosix) {
            return Check.ok("Pseudonym key " + file + " is present (permissions not checked on this file system)");
        } catch (IOException e) {
            return Check.problem("Pseudonym key " + file + " cannot be read: " + e.getMessage(), "chmod 600 " + file + " and check its owner");
        }
        return Check.ok("Pseudonym key " + file + " is present and private (rw-------)");
    }

    /** The age of the latest backup the warehouse logged: a warning when there is none or it is older than metrokaart.backup.warn-after. */
    private static Check backup(java.util.Optional<nl.metrokaart.backup.WarehouseBackups.Latest> latest, MetrokaartProperties.Backup settings) {
        String fix = "./metrokaart backup (or schedule --backup-cron \"0 0 3 * * *\"), and back up the pseudonym key separately";
        if (latest.isEmpty()) {
            return Check.warning("Backup: none was made of this warehouse yet", fix);
        }
        java.time.Duration age = java.time.Duration.between(latest.get().at(), java.time.LocalDateTime.now());
        String what = "Backup: the latest is " + ageInWords(age) + " old (" + latest.get().at() + ", " + latest.get().file() + ")";
        if (!Files.isRegularFile(latest.get().file())) {
            return Check.warning(what + ", but that file is no longer there", fix);
        }
        return age.compareTo(settings.getWarnAfter()) > 0
                ? Check.warning(what + ", older than " + ageInWords(settings.getWarnAfter()) + " (metrokaart.backup.warn-after)", fix)
                : Check.ok(what);
    }

    private static String ageInWords(java.time.Duration age) {
        long days = age.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = age.toHours();
        return hours >= 1 ? hours + (hours == 1 ? " hour" : " hours") : Math.max(0, age.toMinutes()) + " minutes";
    }

    /** The key in place against the fingerprint the warehouse keeps of the key its pseudonyms were made with. */
    private static Check keyMatches(nl.metrokaart.privacy.PseudonymKey key, String stored) {
        if (!key.isPresent()) {
            return Check.problem("Pseudonym key " + key.location() + " is missing, but the warehouse's pseudonyms were made with a key",
                    "restore the key file from your backup to " + key.location() + " (chmod 600): a new key would give every participant a new pseudonym");
        }
        try {
            return key.fingerprint().equals(stored) ? Check.ok("Pseudonym key matches the warehouse (same fingerprint)")
                    : Check.problem("Pseudonym key " + key.location() + " is not the key the warehouse's pseudonyms were made with "
                            + "(another fingerprint); every ingest is refused until it is",
                            "restore the right key file from your backup to " + key.location()
                                    + " (chmod 600), or set metrokaart.pseudonym.key-file to where it is");
        } catch (RuntimeException e) {
            return Check.problem("Pseudonym key " + key.location() + " cannot be read: " + e.getMessage(), "restore it from your backup");
        }
    }

    private static Check fonts() {
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            Font font = new Font(CHART_FONT, Font.PLAIN, 13);
            BufferedImage image = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setFont(font);
            g.drawString("Bezetting € ë", 5, 20);
            g.dispose();
            if (Arrays.asList(families).contains(CHART_FONT)) {
                return Check.ok("Fonts: " + CHART_FONT + " is available for charts");
            }
            return Check.warning("Fonts: " + CHART_FONT + " is not installed; charts are drawn in a fallback font (" + families.length
                    + " fonts found), which may not show accents or the euro sign", "install it, e.g. apt-get install fonts-dejavu-core");
        } catch (Throwable e) { // fontconfig missing shows up as errors from deep inside AWT
            return Check.problem("Fonts: charts cannot be drawn (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "install fontconfig and a font, e.g. apt-get install fontconfig fonts-dejavu-core");
        }
    }

    private static Check disk(Path warehouse) {
        Path existing = warehouse;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Check.warning("Free disk could not be checked for " + warehouse, null);
        }
        try {
            FileStore store = Files.getFileStore(existing);
            long free = store.getUsableSpace();
            long size = Files.isRegularFile(warehouse) ? Files.size(warehouse) : 0;
            long needed = Math.max(GB / 2, 2 * size);
            String what = String.format(java.util.Locale.ROOT, "Free disk beside the warehouse: %.1f GB (warehouse %.1f GB)",
                    free / (double) GB, size / (double) GB);
            if (free < needed) {
                return Check.problem(what + "; a run needs room for about twice the warehouse and at least 0.5 GB",
                        "free disk space on " + store + ", or move the warehouse (metrokaart.warehouse.path) to a larger disk");
            }
            return free < 2 * GB ? Check.warning(what + ", getting low", "free disk space on " + store) : Check.ok(what);
        } catch (IOException e) {
            return Check.warning("Free disk could not be checked: " + e.getMessage(), null);
        }
    }

    /** Every catalogue waiting in the inbox (and --catalogue), read as an ingest would. */
    private List<Check> catalogues(MetrokaartProperties.Inbox inbox, boolean warehouseHasCatalogue, boolean warehouseExists) {
        List<Path> files = new ArrayList<>();
        if (catalogue != null) {
            files.add(catalogue.toAbsolutePath().normalize());
        }
        Path root = inbox.getPath().toAbsolutePath().normalize();
        for (Path folder : List.of(root, root.resolve(Inbox.PROCESSING))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder, 3)) {
                    walk.filter(p -> p.getFileName().toString().equalsIgnoreCase("metrokaart.yaml")).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the inbox check says what is wrong with the folder
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                checks.add(Check.problem("Catalogue " + file + " does not exist", "name an existing metrokaart.yaml with --catalogue"));
                continue;
            }
            try {
                CatalogueReader.read(file, file.getFileName().toString());
                checks.add(Check.ok("Catalogue " + file + " is valid"));
            } catch (UserInputException invalid) {
                checks.add(Check.problem("Catalogue " + file + " is not valid: " + invalid.getMessage().replace("\n", "\n           "),
                        "correct these lines in " + file + " (every error is listed at once), then drop the delivery again"));
            }
        }
        if (files.isEmpty()) {
            if (warehouseHasCatalogue) {
                checks.add(Check.ok("Catalogue: the warehouse holds one (no new metrokaart.yaml waiting in the inbox)"));
            } else {
                checks.add(Check.warning("Catalogue: the warehouse holds none yet" + (warehouseExists ? "" : " (there is no warehouse yet)")
                        + ", and none is waiting in the inbox", "the first delivery must contain metrokaart.yaml; check one beforehand with --catalogue FILE"));
            }
        }
        return checks;
    }

    private static List<Check> inbox(MetrokaartProperties.Inbox settings) {
        Path root = settings.getPath().toAbsolutePath().normalize();
        List<Check> checks = new ArrayList<>();
        String alternative = "set metrokaart.inbox.path (or schedule --inbox) to a folder";
        if (Files.exists(root) && !Files.isDirectory(root)) {
            checks.add(Check.problem("Inbox " + root + " is a file, not a folder", "move the file aside and mkdir " + root + ", or " + alternative));
            return checks;
        }
        if (!Files.exists(root)) {
            Check creatable = creatable("Inbox " + root, root, alternative);
            checks.add(creatable.level() == Level.OK
                    ? Check.warning("Inbox " + root + " does not exist yet; schedule and inbox create it",
                    "mkdir -p " + root + " and tell the people who deliver exports where it is")
                    : creatable);
        } else if (!Files.isReadable(root) || !Files.isWritable(root) || !Files.isExecutable(root)) {
            checks.add(Check.problem("Inbox " + root + " is not readable and writable by " + user() + " (deliveries are moved out of it)",
                    "chown " + user() + " " + root + " && chmod u+rwx " + root));
        } else {
            checks.add(Check.ok("Inbox " + root + " is readable and writable"));
        }
        for (Map.Entry<String, Path> target : Map.of("Archive", settings.getArchive(), "Failed folder", settings.getFailed()).entrySet()) {
            Path folder = target.getValue().toAbsolutePath().normalize();
            Check check = writableFolder(target.getKey(), folder, "set metrokaart.inbox." + (target.getKey().equals("Archive") ? "archive" : "failed")
                    + " to a folder this user can write");
            checks.add(check);
            if (check.level() == Level.OK && Files.isDirectory(root) && Files.isDirectory(folder) && !sameDisk(root, folder)) {
                checks.add(Check.warning(target.getKey() + " " + folder + " is on another disk than the inbox: deliveries are copied "
                        + "there instead of moved in one step", "keep the inbox, archive/ and failed/ on one disk (the default puts them side by side)"));
            }
        }
        return checks;
    }

    private static boolean sameDisk(Path a, Path b) {
        try {
            return Files.getFileStore(a).equals(Files.getFileStore(b));
        } catch (IOException e) {
            return true;
        }
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String user() {
        return System.getProperty("user.name", "this user");
    }
}
