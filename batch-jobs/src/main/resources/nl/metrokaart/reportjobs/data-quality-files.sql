-- Every file the warehouse looked at (rpt_data_quality_files), newest first.
SELECT file_name, kind, status, rows_read, rows_loaded, rows_rejected, happened_at, reason
FROM rpt_data_quality_files
ORDER BY happened_at DESC, file_name
