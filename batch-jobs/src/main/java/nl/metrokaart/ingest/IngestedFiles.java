package nl.metrokaart.ingest;

import java.util.List;
import java.util.Locale;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.ingest.Delivery.DeliveryFile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger of ingested files: every file is accounted for (rows read = loaded + rejected),
 * and a file whose bytes were loaded before is recognised by its hash and not loaded again.
 * Rejects are gathered per file in the temp table {@code file_rejects} and kept with the file.
 */
@Component
public class IngestedFiles {

    /** The executions of one job instance: a restart sees what its earlier attempts did. */
    public static final String EXECUTIONS = "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?";

    private final JdbcTemplate jdbc;
    private final double maxRejectShare;
    private final nl.metrokaart.privacy.ErasedAtIngest erased;

    public IngestedFiles(JdbcTemplate jdbc, MetrokaartProperties properties, nl.metrokaart.privacy.ErasedAtIngest erased) {
        this.jdbc = jdbc;
        this.maxRejectShare = properties.getIngest().getMaxRejectShare();
        this.erased = erased;
    }

    /** The file's counts once the rows of participants erased on request (AVG) are taken out again as rejects. */
    public FileLoader.Counts withoutErased(DeliveryFile file, FileLoader.Counts counts) {
        long rejected = erased.rejectErased(file.sha256());
        return rejected == 0 ? counts : new FileLoader.Counts(counts.read(), counts.loaded() - rejected);
    }

    public boolean contains(DeliveryFile file) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM ingested_file WHERE sha256 = ?", Integer.class, file.sha256());
        return n != null && n > 0;
    }

    public boolean hasCatalogue() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM catalogue", Integer.class);
        return n != null && n > 0;
    }

    /** Starts a file: an empty reject list on this transaction's connection. */
    public void begin() {
        jdbc.execute("CREATE OR REPLACE TEMP TABLE file_rejects (line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR)");
    }

    /**
     * Undoes what the current file wrote, on the step's own connection: a refused file loads
     * nothing, and a statement DuckDB failed on leaves the transaction aborted ("Current transaction
     * is aborted"), where not even the refusal could be written. The step's bookkeeping has not
     * written yet in this transaction (Spring Batch writes it after the tasklet), so nothing of it is lost;
     * with auto-commit off, the next statement starts a new transaction that the step commits.
     */
    public void discardFile() {
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            connection.rollback();
            return null;
        });
    }

    /** A reject about the file as a whole (no line). */
    public void addFileReject(String reason) {
        jdbc.update("INSERT INTO file_rejects VALUES (NULL, NULL, NULL, ?)", reason);
    }

    /** Rejected rows of the current file (a reject about the whole file is not a row). */
    public long rejectedSoFar() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM file_rejects WHERE line IS NOT NULL", Long.class);
        return n == null ? 0 : n;
    }

    /** Fails the file (and its step) when too many of its rows were rejected to trust the rest. */
    public void checkRejectShare(DeliveryFile file, long read) {
        long rejected = rejectedSoFar();
        if (read > 0 && (double) rejected / read > maxRejectShare) {
            List<String> first = jdbc.queryForList(
                    "SELECT 'line ' || coalesce(line::VARCHAR, '?') || coalesce(' (' || column_name || ')', '') || ': ' || reason "
                            + "FROM file_rejects ORDER BY line LIMIT 3", String.class);
            throw new FileRejectedException(file.relativeName(), String.format(Locale.ROOT,
                    "%d of %d rows (%.0f %%) were rejected, more than the %.0f %% allowed, so nothing of this file was loaded. "
                            + "Is it the right export? First problems: %s",
                    rejected, read, 100.0 * rejected / read, 100.0 * maxRejectShare, String.join("; ", first)));
        }
    }

    /** Keeps a file that could not be loaded as a whole, with the reason, so status and the job's message show it. */
    public void refuse(DeliveryFile file, String reason, Long jobExecutionId) {
        String prefix = file.relativeName() + ": ";
        reason = reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
        jdbc.update("INSERT INTO refused_file VALUES (?, ?, ?, ?, current_timestamp, ?)",
                file.sha256(), file.relativeName(), file.kind().code(), reason, jobExecutionId);
    }

    /** Of these files, the hashes the ledger holds (loaded before). */
    public java.util.Set<String> loaded(List<DeliveryFile> files) {
        if (files.isEmpty()) {
            return java.util.Set.of();
        }
        // The ledger holds one row per file ever ingested: small enough to read whole.
        java.util.Set<String> all = new java.util.HashSet<>(jdbc.queryForList("SELECT sha256 FROM ingested_file", String.class));
        all.retainAll(files.stream().map(DeliveryFile::sha256).toList());
        return all;
    }

    /** Of these files, the hashes an earlier attempt of the same job refused (a restart does not try them again). */
    public java.util.Set<String> refusedInJob(List<DeliveryFile> files, long jobInstanceId) {
        if (files.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.queryForList("SELECT sha256 FROM refused_file WHERE job_execution_id IN (" + EXECUTIONS + ")",
                String.class, jobInstanceId));
    }

    public String refusal(DeliveryFile file, long jobInstanceId) {
        return jdbc.queryForObject("SELECT reason FROM refused_file WHERE sha256 = ? AND job_execution_id IN (" + EXECUTIONS + ") "
                + "ORDER BY refused_at DESC LIMIT 1", String.class, file.sha256(), jobInstanceId);
    }

    /** Records the loaded file and its rejects, in the transaction that loaded its rows. */
    public FileOutcome record(DeliveryFile file, long read, long loaded, Long jobExecutionId) {
        long rejected = read - loaded;
        jdbc.update("INSERT INTO reject SELECT ?, ?, line, column_name, value, reason FROM file_rejects ORDER BY line",
                file.sha256(), file.relativeName());
        jdbc.update("INSERT INTO ingested_file VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)",
                file.sha256(), file.relativeName(), file.path().toString(), file.kind().code(), read, loaded, rejected, jobExecutionId);
        return new FileOutcome(file.relativeName(), file.kind(), read, loaded, rejected);
    }

    public record FileOutcome(String fileName, InputKind kind, long read, long loaded, long rejected) {
    }
}
