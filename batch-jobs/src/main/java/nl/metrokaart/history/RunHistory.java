package nl.metrokaart.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs the warehouse remembers, newest first, for `history`: what ran with which input, how
 * it ended and why, how long it took, how many rows it loaded and what it wrote.
 */
@Component
public class RunHistory {

    /** The job execution context's key for the workbook a run wrote. */
    public static final String WORKBOOK = "workbook";

    private final JdbcTemplate jdbc;

    /** Plain JDBC on the job repository's tables, so that it also works on a read-only connection without Spring Batch. */
    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest {@code limit} runs (all when 0), newest first. Parameters are listed shortest value
     * first, so that a table cut to its width drops the end of a long path, never the month.
     */
    public List<Map<String, Object>> runs(int limit) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT e.JOB_EXECUTION_ID AS id, i.JOB_NAME AS job,
                       coalesce((SELECT string_agg(p.PARAMETER_NAME || '=' || p.PARAMETER_VALUE, ' ' ORDER BY length(p.PARAMETER_VALUE), p.PARAMETER_NAME)
                                 FROM BATCH_JOB_EXECUTION_PARAMS p
                                 WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME <> 'fingerprint'), '') AS parameters,
                       e.STATUS AS status, e.START_TIME AS started, e.END_TIME AS ended,
                       (SELECT sum(f.rows_loaded) FROM ingested_file f WHERE f.job_execution_id = e.JOB_EXECUTION_ID) AS loaded,
                       coalesce(nullif(trim(e.EXIT_MESSAGE), ''),
                                (SELECT s.EXIT_MESSAGE FROM BATCH_STEP_EXECUTION s
                                 WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND (s.STATUS = 'FAILED' OR s.EXIT_CODE = 'REFUSED')
                                 ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1)) AS exit_message
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID)
                ORDER BY e.JOB_EXECUTION_ID DESC""" + (limit > 0 ? " LIMIT " + limit : ""));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            LocalDateTime started = toLocal(row.get("started"));
            LocalDateTime ended = toLocal(row.get("ended"));
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("id", id);
            run.put("job", row.get("job"));
            run.put("parameters", row.get("parameters"));
            run.put("status", row.get("status"));
            run.put("start", started == null ? null : started.withNano(0).toString().replace('T', ' '));
            run.put("duration", started == null ? null : duration(Duration.between(started, ended == null ? LocalDateTime.now() : ended))
                    + (ended == null ? " so far" : ""));
            run.put("rows", row.get("loaded") == null ? null : ((Number) row.get("loaded")).longValue());
            run.put("outputs", outputs(id));
            run.put("note", note(String.valueOf(row.get("status")), (String) row.get("exit_message")));
            runs.add(run);
        }
        return runs;
    }

    /** The workbook a run wrote, from its execution context as Spring Batch's default serializer stored it. */
    private String outputs(long id) {
        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT SHORT_CONTEXT, SERIALIZED_CONTEXT FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID = ?", id);
        if (stored.isEmpty()) {
            return "";
        }
        Object serialized = stored.get(0).get("SERIALIZED_CONTEXT");
        String context = String.valueOf(serialized != null ? serialized : stored.get(0).get("SHORT_CONTEXT"));
        try {
            Map<String, Object> values = new DefaultExecutionContextSerializer()
                    .deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.ISO_8859_1)));
            Object workbook = values.get(WORKBOOK);
            return workbook == null ? "" : workbook.toString();
        } catch (IOException | RuntimeException e) {
            return ""; // a context this build cannot read: the run is still listed
        }
    }

    /** Why a run did not complete: the first line of its exit message. */
    private static String note(String status, String exitMessage) {
        if ("STOPPED".equals(status)) {
            return "stopped on request (schedule was stopped); resumed on its next start, or with restart";
        }
        if ("COMPLETED".equals(status) || exitMessage == null || exitMessage.isBlank()) {
            return "";
        }
        String line = exitMessage.strip().lines().findFirst().orElse("");
        // Spring Batch keeps a stack trace in the exit message; its first line is the exception and its message.
        int colon = line.startsWith("java.") || line.startsWith("org.") || line.startsWith("nl.") ? line.indexOf(": ") : -1;
        return colon > 0 ? line.substring(colon + 2) : line;
    }

    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 10) {
            return String.format(java.util.Locale.ROOT, "%.1f s", Math.max(0, d.toMillis()) / 1000.0);
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        return value == null ? null : LocalDateTime.parse(value.toString().replace(' ', 'T'));
    }
}
