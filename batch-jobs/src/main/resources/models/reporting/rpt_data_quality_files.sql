-- rpt_data_quality_files: the data quality sheet's ledger of every file the warehouse looked at:
-- the files loaded (and those not recognised) from ingested_file, with rows read, loaded and
-- rejected, and the files refused as a whole (refused_file) with their reason. Bookkeeping of the
-- ingest rather than a KPI; a view over the small ledger tables.
-- grain: one row per file loaded or not recognised, and per refusal of a file
-- key: file_name, happened_at
-- columns:
--   file_name       the file's name
--   kind            its input kind (enrolments, badges, ..., unrecognised)
--   status          loaded, unrecognised or refused
--   rows_read       rows read from it (NULL when refused)
--   rows_loaded     rows loaded (NULL when refused)
--   rows_rejected   rows rejected (NULL when refused)
--   happened_at     when it was loaded, looked at or refused
--   reason          why it was refused, or why it was not recognised; NULL when loaded
CREATE OR REPLACE VIEW rpt_data_quality_files AS
SELECT file_name, kind,
       CASE WHEN kind = 'unrecognised' THEN 'unrecognised' ELSE 'loaded' END AS status,
       rows_read, rows_loaded, rows_rejected, ingested_at AS happened_at,
       CASE WHEN kind = 'unrecognised' THEN (SELECT min(reason) FROM reject r WHERE r.sha256 = f.sha256) END AS reason
FROM ingested_file f
UNION ALL
SELECT file_name, kind, 'refused', NULL, NULL, NULL, refused_at, reason
FROM refused_file;
