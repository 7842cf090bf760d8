-- Every file the warehouse looked at: loaded (or not recognised) files from the ledger with rows
-- read, loaded and rejected, and files refused as a whole with their reason. Newest first.
SELECT file_name, kind,
       CASE WHEN kind = 'unrecognised' THEN 'unrecognised' ELSE 'loaded' END AS status,
       rows_read, rows_loaded, rows_rejected, ingested_at AS happened_at,
       CASE WHEN kind = 'unrecognised' THEN (SELECT min(reason) FROM reject r WHERE r.sha256 = f.sha256) END AS reason
FROM ingested_file f
UNION ALL
SELECT file_name, kind, 'refused', NULL, NULL, NULL, refused_at, reason
FROM refused_file
ORDER BY happened_at DESC, file_name
