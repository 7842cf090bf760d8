-- The rejected rows of loaded files, by file and line; at most $1 of them.
SELECT r.file_name, r.line, r.column_name, r.value, r.reason
FROM reject r
JOIN ingested_file f USING (sha256)
WHERE f.kind <> 'unrecognised'
ORDER BY f.ingested_at DESC, r.file_name, r.line
LIMIT $1
