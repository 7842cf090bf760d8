package nl.metrokaart.warehouse;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the warehouse holds, for `status`: ingested files, job runs, data up to, rejects. */
@Component
public class WarehouseStatus {

    private final JdbcTemplate jdbc;

    public WarehouseStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> files() {
        // Loaded files, and files refused as a whole (their latest refusal, unless a later delivery of the same bytes loaded).
        return jdbc.queryForList("""
                SELECT name, kind, sha256, "read", loaded, rejected, ingested_at, outcome FROM (
                    SELECT file_name AS name, kind, sha256, rows_read AS "read", rows_loaded AS loaded, rows_rejected AS rejected,
                           strftime(ingested_at, '%Y-%m-%d %H:%M:%S') AS ingested_at,
                           CASE kind WHEN 'unrecognised' THEN 'not recognised' ELSE 'loaded' END AS outcome, ingested_at AS sort_at
                    FROM ingested_file
                    UNION ALL
                    SELECT file_name, kind, sha256, NULL, 0, NULL, strftime(max(refused_at), '%Y-%m-%d %H:%M:%S'),
                           'refused: ' || arg_max(reason, refused_at), max(refused_at)
                    FROM refused_file WHERE sha256 NOT IN (SELECT sha256 FROM ingested_file)
                    GROUP BY file_name, kind, sha256)
                ORDER BY sort_at, name""");
    }

    public List<Map<String, Object>> jobRuns() {
        return jdbc.queryForList("""
                SELECT e.JOB_EXECUTION_ID AS id, i.JOB_NAME AS job,
                       coalesce((SELECT string_agg(p.PARAMETER_NAME || '=' || p.PARAMETER_VALUE, ' ' ORDER BY p.PARAMETER_NAME)
                                 FROM BATCH_JOB_EXECUTION_PARAMS p
                                 WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME <> 'fingerprint'), '') AS parameters,
                       e.STATUS AS status,
                       strftime(e.START_TIME, '%Y-%m-%d %H:%M:%S') AS "start",
                       strftime(e.END_TIME, '%Y-%m-%d %H:%M:%S') AS "end"
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i USING (JOB_INSTANCE_ID)
                ORDER BY e.JOB_EXECUTION_ID""");
    }

    public List<Map<String, Object>> dataUpTo() {
        return jdbc.queryForList("SELECT source, strftime(data_up_to, '%Y-%m-%d') AS data_up_to, row_count AS \"rows\" FROM source_freshness");
    }

    public List<Map<String, Object>> rejects() {
        return jdbc.queryForList("""
                SELECT file_name AS file, line, column_name AS "column", value, reason
                FROM reject ORDER BY file_name, line NULLS FIRST""");
    }
}
