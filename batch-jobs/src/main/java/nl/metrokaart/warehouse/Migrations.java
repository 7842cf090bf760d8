package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import nl.metrokaart.UserInputException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and upgrades the warehouse schema from versioned scripts
 * ({@code db/migration/V<n>__<what>.sql}). Each applied version is recorded with a checksum;
 * a script changed after it was applied is refused, since the warehouse no longer matches it
 * (said as a user error: the warehouse was made by another build of the application).
 * A warehouse with a version this release does not know was written by a newer release and is
 * refused untouched. The pending scripts of an older warehouse run together in one transaction,
 * after a copy of the file was taken ({@link UpgradeBackup}): an upgrade either completes or
 * leaves the warehouse as it was, and the copy is there either way.
 * Flyway's DuckDB support stops at Flyway 10 while Boot 4 manages 11, hence this small runner.
 */
public class Migrations {

    /** Where the application's scripts are. */
    /** classpath: (this jar), not classpath*: (which opens every library on every start). */
    public static final String LOCATION = "classpath:db/migration/V*.sql";

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<String> locations;

    public Migrations(DataSource dataSource) {
        this(dataSource, List.of(LOCATION));
    }

    /** With other script locations (tests add a pending script of their own this way). */
    public Migrations(DataSource dataSource, List<String> locations) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.locations = List.copyOf(locations);
    }

    /** Brings a fresh or older warehouse up to date; no copy is taken (see {@link #upgrade(Path)}). */
    public Upgrade apply() {
        return upgrade(null);
    }

    /**
     * Brings the warehouse up to this release's schema.
     *
     * @param existingFile the warehouse file when it existed before it was opened: a copy of it is
     *                     taken before pending scripts run; {@code null} for a new warehouse
     */
    public Upgrade upgrade(Path existingFile) {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version INTEGER PRIMARY KEY, description VARCHAR NOT NULL,
                    checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)""");
        Map<Integer, Applied> applied = applied();
        List<Script> scripts = scripts(locations);
        refuseNewer(applied, scripts, existingFile);
        for (Script script : scripts) {
            Applied known = applied.get(script.version());
            if (known != null && !known.checksum().equals(script.checksum())) {
                throw new UserInputException("Migration V" + script.version() + " (" + script.description()
                        + ") was changed after it was applied to this warehouse. Add a new migration instead of editing an applied one.");
            }
        }
        List<Script> pending = scripts.stream().filter(s -> !applied.containsKey(s.version())).toList();
        int from = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (pending.isEmpty()) {
            return new Upgrade(from, from, List.of(), null);
        }
        int to = pending.get(pending.size() - 1).version();
        Path backup = existingFile != null && !applied.isEmpty() ? UpgradeBackup.take(dataSource, existingFile, from) : null;
        Script[] running = new Script[1];
        try {
            transaction.executeWithoutResult(status -> {
                for (Script script : pending) {
                    running[0] = script;
                    jdbc.execute(script.sql());
                    jdbc.update("INSERT INTO schema_version VALUES (?, ?, ?, current_timestamp)",
                            script.version(), script.description(), script.checksum());
                }
            });
        } catch (RuntimeException e) {
            if (backup == null) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(Migrations.class).error("upgrade of {} failed at V{}", existingFile, running[0].version(), e);
            throw new UpgradeFailedException("Upgrading the warehouse " + existingFile + " from schema V" + from + " to V" + to
                    + " failed at V" + running[0].version() + " (" + running[0].description() + "): " + rootMessage(e)
                    + ". Nothing of the upgrade was kept: the warehouse is still at V" + from
                    + "; the copy taken before it is " + backup + ".", e);
        }
        return new Upgrade(from, to, pending.stream().map(Script::version).toList(), backup);
    }

    /** The highest version this release's scripts bring a warehouse to. */
    public static int latestVersion() {
        List<Script> scripts = scripts();
        return scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
    }

    private Map<Integer, Applied> applied() {
        return jdbc.query("SELECT version, description, checksum FROM schema_version", rs -> {
            Map<Integer, Applied> m = new TreeMap<>();
            while (rs.next()) {
                m.put(rs.getInt(1), new Applied(rs.getString(2), rs.getString(3)));
            }
            return m;
        });
    }

    /**
     * For readers, which never migrate: a warehouse of a newer release is refused as a job would
     * refuse it, and one of an older release (before its upgrade) is named with the command that
     * upgrades it, rather than failing on a missing table in the middle of a query.
     */
    public static void requireCurrent(Connection connection, Path file) throws SQLException {
        Map<Integer, Applied> applied = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version, description, checksum FROM schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), new Applied(rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException noSchemaTable) {
            applied.clear();
        }
        List<Script> scripts = scripts();
        refuseNewer(applied, scripts, file);
        int found = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        int needed = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
        if (found < needed) {
            throw new UserInputException("The warehouse " + file.toAbsolutePath().normalize() + " was made by an older release of Metrokaart "
                    + "(schema V" + found + ", this release reads V" + needed + "). Read-only commands never change it: run "
                    + "./metrokaart upgrade once (it keeps a copy from before), or the next job does it, then try again.");
        }
    }

    /** A version applied that no script of ours has: a newer release wrote this warehouse. */
    private static void refuseNewer(Map<Integer, Applied> applied, List<Script> scripts, Path file) {
        List<Integer> known = scripts.stream().map(Script::version).toList();
        List<Integer> unknown = new ArrayList<>(applied.keySet());
        unknown.removeAll(known);
        if (unknown.isEmpty()) {
            return;
        }
        int theirs = applied.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int ours = known.isEmpty() ? 0 : known.get(known.size() - 1);
        String names = unknown.stream().map(v -> "V" + v + " (" + applied.get(v).description() + ")").collect(Collectors.joining(", "));
        throw new UserInputException("The warehouse " + (file == null ? "" : file + " ") + "was written by a newer release of Metrokaart Monitor: "
                + "its schema is at V" + theirs + ", this release (" + nl.metrokaart.ApplicationVersion.get() + ") knows schemas up to V" + ours
                + " and not " + names + ". Install the newer release (or the latest one) to use it; it was left unchanged.");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    }

    static List<Script> scripts() {
        return scripts(List.of(LOCATION));
    }

    static List<Script> scripts(List<String> locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Script> scripts = new ArrayList<>();
        try {
            for (String location : locations) {
                Arrays.stream(resolver.getResources(location)).map(Migrations::read).forEach(scripts::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scripts.sort(Comparator.comparingInt(Script::version));
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                throw new IllegalStateException("two migrations with version V" + scripts.get(i).version());
            }
        }
        return scripts;
    }

    private static Script read(Resource resource) {
        Matcher m = NAME.matcher(resource.getFilename());
        if (!m.matches()) {
            throw new IllegalStateException("migration file name not of the form V<n>__<what>.sql: " + resource.getFilename());
        }
        try {
            String sql = resource.getContentAsString(StandardCharsets.UTF_8);
            return new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql, sha256(sql));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Script(int version, String description, String sql, String checksum) {
    }

    private record Applied(String description, String checksum) {
    }

    /**
     * What opening did to the schema: {@code from == to} when nothing was pending; the copy taken
     * before the upgrade, or null (a new warehouse, or nothing pending).
     */
    public record Upgrade(int from, int to, List<Integer> applied, Path backup) {

        public boolean upgraded() {
            return from != 0 && !applied.isEmpty();
        }

        public String describe(Path file) {
            return "Upgraded the warehouse " + file + " from schema V" + from + " to V" + to
                    + (backup == null ? "" : "; its copy from before the upgrade is " + backup) + ".";
        }
    }

    /**
     * A pending script failed: the transaction rolled back, the copy is kept. Not the user's
     * fault, but said as plainly as a user error (one line, no stack trace; the cause is logged).
     */
    public static class UpgradeFailedException extends UserInputException {
        UpgradeFailedException(String message, Throwable cause) {
            super(message);
            initCause(cause);
        }
    }
}
