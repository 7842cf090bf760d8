package nl.metrokaart.ingest.badges;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

import nl.metrokaart.ingest.Delivery.DeliveryFile;
import nl.metrokaart.ingest.FileLoader;
import nl.metrokaart.ingest.FileRejectedException;
import nl.metrokaart.ingest.IngestedFiles;
import nl.metrokaart.ingest.InputKind;
import nl.metrokaart.warehouse.SqlScript;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Open Badges JSON: 2.0 assertions and 3.0 OpenBadgeCredentials, as an array, JSON Lines or
 * one object per file. Java only checks the syntax and notes where each object starts
 * ({@link JsonLayout}); DuckDB's read_json_objects stages the objects and SQL types, checks and
 * matches them, as for the CSV inputs. A file holding no assertion or credential at all (an
 * issuer profile, a BadgeClass, a revocation list) is refused, naming what it does hold.
 */
public class OpenBadgesJsonLoader implements FileLoader {

    /**
     * Largest single object DuckDB reads (it buffers twice this per thread): room for an
     * assertion that embeds its badge image as a data URI.
     */
    private static final long MAX_OBJECT_BYTES = 32L * 1024 * 1024;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OpenBadgesJsonLoader.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final IngestedFiles ledger;
    private final RecipientMatcher recipients;

    public OpenBadgesJsonLoader(JdbcTemplate jdbc, DataSource dataSource, IngestedFiles ledger, RecipientMatcher recipients) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.recipients = recipients;
    }

    @Override
    public InputKind kind() {
        return InputKind.BADGES;
    }

    @Override
    public Counts load(DeliveryFile file) {
        long begin = System.nanoTime();
        JsonLayout layout = JsonLayout.scan(file.path(), file.relativeName());
        stage(file, layout);
        long staged = System.nanoTime();
        SqlScript.load(BadgesFileLoader.SQL + "/badges-json-typed.sql").execute(jdbc);
        long read = layout.elements();
        refuseWithoutAssertions(file, read);
        long typed = System.nanoTime();
        String unmatchedReason = recipients.match();
        long matched = System.nanoTime();
        SqlScript.load(BadgesFileLoader.SQL + "/badges-json-checked.sql").with("unmatched_reason", unmatchedReason).execute(jdbc);
        ledger.checkRejectShare(file, read);
        long checked = System.nanoTime();
        SqlScript.load(BadgesFileLoader.SQL + "/badges-merge.sql").with("sha256", file.sha256()).execute(jdbc);
        LOG.info("{}: staged in {} ms, typed in {} ms, recipients matched in {} ms, checked in {} ms, merged in {} ms", file.relativeName(),
                millis(begin, staged), millis(staged, typed), millis(typed, matched), millis(matched, checked), millis(checked, System.nanoTime()));
        return new Counts(read, read - ledger.rejectedSoFar());
    }

    /** The objects in file order, each with the line it starts on. */
    private void stage(DeliveryFile file, JsonLayout layout) {
        checkDuckDbReadsIt(file, layout);
        jdbc.execute("CREATE OR REPLACE TEMP TABLE staged_badges_json AS SELECT row_number() OVER () AS element, json FROM " + reader(file, layout));
        jdbc.execute("CREATE OR REPLACE TEMP TABLE badge_json_line (element BIGINT, line BIGINT)");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "badge_json_line")) {
            long[] lines = layout.elementLines();
            for (int i = 0; i < layout.elements(); i++) {
                appender.beginRow().append(i + 1L).append(lines[i]).endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage the lines of " + file.relativeName() + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void refuseWithoutAssertions(DeliveryFile file, long read) {
        Long assertions = jdbc.queryForObject("SELECT count(*) FROM badge_json WHERE source_format IS NOT NULL", Long.class);
        if (read > 0 && (assertions == null || assertions == 0)) {
            List<String> found = jdbc.queryForList("SELECT found FROM badge_json GROUP BY found ORDER BY min(element) LIMIT 4", String.class);
            throw new FileRejectedException(file.relativeName(), "holds no Open Badges assertion or credential (found "
                    + String.join("; ", found) + "); put only assertions (OB 2.0) or OpenBadgeCredentials (OB 3.0) in badges/");
        }
    }

    /**
     * A net for JSON the syntax check lets through but DuckDB does not (as half a surrogate pair
     * was, before {@link JsonLayout} looked for it): an error inside the load's transaction would
     * abort it, refusal record and all. So DuckDB reads the file once on a connection of its own
     * first; what it cannot read is refused with its message (its byte offsets are not reliable
     * enough to name a line).
     */
    private static void checkDuckDbReadsIt(DeliveryFile file, JsonLayout layout) {
        try (Connection scratch = scratchConnection();
             Statement statement = scratch.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM " + reader(file, layout))) {
            count.next();
            if (count.getLong(1) != layout.elements()) {
                throw new FileRejectedException(file.relativeName(), "DuckDB reads " + count.getLong(1) + " JSON values in it where "
                        + layout.elements() + " were expected; is it one array, JSON Lines or one object?");
            }
        } catch (SQLException e) {
            throw new FileRejectedException(file.relativeName(), "not readable as JSON by DuckDB: "
                    + String.valueOf(e.getMessage()).replace(file.path().toString(), file.relativeName()).strip());
        }
    }

    /** One in-memory DuckDB of the process, holding nothing, for the check's reads. */
    private static DuckDBConnection scratchDatabase;

    /**
     * A connection of its own for {@link #checkDuckDbReadsIt}, on an in-memory DuckDB opened once per
     * process: a DuckDB started for every file cost tens of milliseconds each, thousands of times in a
     * delivery of one file per assertion.
     */
    private static synchronized Connection scratchConnection() throws SQLException {
        if (scratchDatabase == null) {
            Properties settings = new Properties();
            settings.setProperty("threads", "1");
            settings.setProperty("memory_limit", "512MB");
            scratchDatabase = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", settings);
        }
        return scratchDatabase.duplicate();
    }

    private static String reader(DeliveryFile file, JsonLayout layout) {
        return "read_json_objects(" + literal(file.path().toString()) + ", format = '" + layout.duckdbFormat()
                + "', maximum_object_size = " + MAX_OBJECT_BYTES + ")";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
