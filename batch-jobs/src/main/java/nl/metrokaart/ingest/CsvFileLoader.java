package nl.metrokaart.ingest;

import java.nio.file.Path;

import nl.metrokaart.ingest.Delivery.DeliveryFile;
import nl.metrokaart.privacy.Pseudonyms;
import nl.metrokaart.warehouse.SqlScript;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shape every CSV input shares: stage with DuckDB's reader, check in SQL
 * ({@code <kind>-checked.sql} fills {@code file_rejects} and a {@code <kind>_checked} table),
 * refuse a file with too many rejects, then merge ({@code <kind>-merge.sql}).
 */
public class CsvFileLoader implements FileLoader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CsvFileLoader.class);

    private final CsvColumns columns;
    private final String sqlFolder;
    private final JdbcTemplate jdbc;
    private final IngestedFiles ledger;
    private final Pseudonyms pseudonyms;
    private final Path workFolder;
    private Runnable afterMerge = () -> { };

    public CsvFileLoader(CsvColumns columns, String sqlFolder, JdbcTemplate jdbc, IngestedFiles ledger, Pseudonyms pseudonyms, Path workFolder) {
        this.columns = columns;
        this.sqlFolder = sqlFolder;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.pseudonyms = pseudonyms;
        this.workFolder = workFolder;
    }

    /** Work to do in the same transaction once the good rows are merged (the checked table still exists). */
    public CsvFileLoader afterMerge(Runnable work) {
        this.afterMerge = work;
        return this;
    }

    @Override
    public InputKind kind() {
        return columns.kind();
    }

    /** The table {@code <kind>-checked.sql} makes: the kind's singular ("enrolments" -> enrolment_checked). */
    private String checkedTable() {
        String kind = columns.kind().code();
        return (kind.endsWith("ies") ? kind.substring(0, kind.length() - 3) + "y" : kind.substring(0, kind.length() - 1)) + "_checked";
    }

    /** The temp table a file of this kind is staged in, whoever reads it. */
    public String stagedTable() {
        return "staged_" + columns.kind().code();
    }

    @Override
    public Counts load(DeliveryFile file) {
        long start = System.nanoTime();
        CsvStaging.Staged result = CsvStaging.stage(jdbc, file.path(), file.relativeName(), stagedTable(), columns, workFolder);
        LOG.info("{}: staged in {} ms", file.relativeName(), (System.nanoTime() - start) / 1_000_000);
        return checkAndMerge(file, result.rows());
    }

    /**
     * Checks and merges rows already in {@link #stagedTable()}: {@code line} plus the canonical
     * columns as text. Another reader of the same kind (a workbook) stages its rows there and
     * calls this, so that every shape of a kind goes through one definition of its checks.
     */
    public Counts checkAndMerge(DeliveryFile file, long stagedRows) {
        String kind = columns.kind().code();
        String staged = stagedTable();
        long read = stagedRows + ledger.rejectedSoFar();
        long start = System.nanoTime();
        SqlScript.load(sqlFolder + "/" + kind + "-checked.sql").with("staged", staged).execute(jdbc);
        ledger.checkRejectShare(file, read);
        long checkedAt = System.nanoTime();
        SqlScript.load(sqlFolder + "/" + kind + "-merge.sql")
                .with("sha256", file.sha256())
                .with("participant_key", pseudonyms.sql("participant_email"))
                .with("participant_key_of_email", pseudonyms.sql("email"))
                .execute(jdbc);
        long mergedAt = System.nanoTime();
        afterMerge.run();
        long loaded = read - ledger.rejectedSoFar();
        LOG.info("{}: {} rows checked in {} ms, merged in {} ms, after-merge {} ms", file.relativeName(), read,
                (checkedAt - start) / 1_000_000, (mergedAt - checkedAt) / 1_000_000, (System.nanoTime() - mergedAt) / 1_000_000);
        jdbc.execute("DROP TABLE IF EXISTS " + staged);
        jdbc.execute("DROP TABLE IF EXISTS " + checkedTable());
        return new Counts(read, loaded);
    }
}
