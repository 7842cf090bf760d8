-- The rejected rows of loaded files (rpt_data_quality_rejects), by file and line; at most $1 of them.
SELECT file_name, line, column_name, value, reason
FROM rpt_data_quality_rejects
ORDER BY ingested_at DESC, file_name, line
LIMIT $1
