package nl.metrokaart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.metrokaart.cli.Cli;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh place to run the real command line in: its own warehouse file, output folder and
 * pseudonym key, all under a JUnit temp folder. Its settings go with each run (--set), never into
 * the JVM's system properties: one test's workspace cannot leak into another's run.
 */
public record Workspace(Path root, Map<String, String> settings) {

    /** The committed sample delivery (tests run with the module folder as working directory). */
    public static final Path SAMPLE_DELIVERY = Path.of("..", "sample-data", "delivery").toAbsolutePath().normalize();
    /**
     * Real published exports, shared beside the repository (never copied into it: they carry their
     * own licences). {@code METROKAART_REAL_EXPORTS} points elsewhere; a clone without them skips
     * the tests that read them ({@link #assumeRealExports()}).
     */
    public static final Path REAL_EXPORTS = Path.of(System.getenv().getOrDefault("METROKAART_REAL_EXPORTS",
            Path.of("..", "..", "shared", "real-exports").toString())).toAbsolutePath().normalize();

    /** Skips the calling test, with the reason, when the real exports are not beside this clone. */
    public static void assumeRealExports() {
        Assumptions.assumeTrue(Files.isDirectory(REAL_EXPORTS),
                "the published real exports are not at " + REAL_EXPORTS
                        + " (set METROKAART_REAL_EXPORTS to their folder to run this test)");
    }

    public Workspace(Path root) {
        this(root, defaults(root));
    }

    private static Map<String, String> defaults(Path root) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("metrokaart.pseudonym.key-file", root.resolve("key").resolve("pseudonym.key").toString());
        settings.put("metrokaart.logs", root.resolve("logs").toString());
        settings.put("metrokaart.ingest.work-folder", root.resolve("work").toString());
        // Tests read what the command line prints; the job log would only bury it.
        settings.put("logging.level.root", "WARN");
        settings.put("logging.level.org.springframework.batch.core.step.AbstractStep", "OFF");
        // Two test JVMs share the two cores: one DuckDB thread each (a test's tables are tiny, and a
        // second thread only adds hand-overs to every statement).
        settings.put("metrokaart.warehouse.threads", "1");
        return Map.copyOf(settings);
    }

    /** The same workspace with one more setting for its runs (e.g. metrokaart.ingest.max-reject-share). */
    public Workspace with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(settings);
        more.put(key, value);
        return new Workspace(root, Map.copyOf(more));
    }

    /** The same workspace with another pseudonym key file. */
    public Workspace withKey(Path keyFile) {
        return with("metrokaart.pseudonym.key-file", keyFile.toString());
    }

    /** The pseudonym key file its runs use. */
    public Path keyFile() {
        return Path.of(settings.get("metrokaart.pseudonym.key-file"));
    }

    public Path warehouse() {
        return root.resolve("data").resolve("metrokaart.duckdb");
    }

    public Path out() {
        return root.resolve("out");
    }

    /** Runs {@code ./metrokaart} in this JVM with this workspace's warehouse and output folder. */
    public Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--warehouse=" + warehouse());
        if (all.stream().noneMatch(a -> a.startsWith("--out"))) {
            all.add("--out=" + out());
        }
        return exactly(all.toArray(String[]::new));
    }

    /** Runs the command line with these arguments and this workspace's settings, but no --warehouse or --out added. */
    public Result exactly(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        settings.forEach((key, value) -> all.add("--set=" + key + "=" + value));
        return raw(all.toArray(String[]::new));
    }

    /** Runs the command line exactly as given (the application's defaults: no workspace of its own). */
    public static Result raw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Opens the warehouse file directly (the command line must have released it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + warehouse());
    }

    public long count(String sql) throws SQLException {
        try (Reader reader = read()) {
            return reader.count(sql);
        }
    }

    public List<String> strings(String sql) throws SQLException {
        try (Reader reader = read()) {
            return reader.strings(sql);
        }
    }

    /**
     * One connection for many queries: opening the file is what a query costs on a small warehouse
     * (a look through every column took seconds with a connection each). Close it before the next command.
     */
    public Reader read() throws SQLException {
        return new Reader(connect());
    }

    /** Queries on one open connection to the warehouse file. */
    public record Reader(Connection connection) implements AutoCloseable {

        public long count(String sql) throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        public List<String> strings(String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** The participant key of an address, as the ingest computes it with this workspace's key (made by its first command). */
    public String pseudonym(String email) {
        try {
            byte[] key = Files.readString(keyFile()).trim().getBytes(StandardCharsets.UTF_8);
            return hmac(key, email.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** HMAC-SHA256 of {@code text} with {@code key}, in hex: how Pseudonyms computes a participant key in SQL. */
    public static String hmac(byte[] key, String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
