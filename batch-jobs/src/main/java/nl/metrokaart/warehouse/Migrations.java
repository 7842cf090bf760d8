package nl.metrokaart.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

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
 * Flyway's DuckDB support stops at Flyway 10 while Boot 4 manages 11, hence this small runner.
 */
public class Migrations {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public Migrations(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public void apply() {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version INTEGER PRIMARY KEY, description VARCHAR NOT NULL,
                    checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)""");
        Map<Integer, String> applied = jdbc.query("SELECT version, checksum FROM schema_version",
                rs -> {
                    Map<Integer, String> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getInt(1), rs.getString(2));
                    }
                    return m;
                });
        for (Script script : scripts()) {
            String known = applied.get(script.version());
            if (known == null) {
                transaction.executeWithoutResult(status -> {
                    jdbc.execute(script.sql());
                    jdbc.update("INSERT INTO schema_version VALUES (?, ?, ?, current_timestamp)",
                            script.version(), script.description(), script.checksum());
                });
            } else if (!known.equals(script.checksum())) {
                throw new nl.metrokaart.UserInputException("Migration V" + script.version() + " (" + script.description()
                        + ") was changed after it was applied to this warehouse. Add a new migration instead of editing an applied one.");
            }
        }
    }

    /**
     * Whether every migration of this build is applied, unchanged, to the warehouse behind a
     * (read-only) connection: a read-only command can then read it as it is, without upgrading.
     */
    public static boolean upToDate(java.sql.Connection connection) {
        Map<Integer, String> applied = new java.util.HashMap<>();
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        } catch (java.sql.SQLException e) {
            return false; // no schema_version: a new or foreign file
        }
        return scripts().stream().allMatch(script -> script.checksum().equals(applied.get(script.version())));
    }

    static List<Script> scripts() {
        try {
            // classpath: (this jar), not classpath*: (which opens every library on every start)
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql");
            return Arrays.stream(resources)
                    .map(Migrations::read)
                    .sorted(Comparator.comparingInt(Script::version))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
