-- rpt_data_quality_rejects: the rejected rows of the loaded files (an unrecognised file's one
-- reason is in rpt_data_quality_files), each with what a pps employee needs to fix it, and how
-- many there are in all (the sheet lists only the first of them).
-- grain: one row per rejected row of a loaded file
-- key: file_name, line, column_name
-- columns:
--   file_name       the file's name
--   line            the row's line in the file (the header is line 1)
--   column_name     the column at fault
--   value           the value found
--   reason          what was expected
--   ingested_at     when the file was loaded (the sheet shows the newest files first)
--   rejected_rows   the rejected rows of all loaded files (the same on every row)
CREATE OR REPLACE VIEW rpt_data_quality_rejects AS
SELECT r.file_name, r.line, r.column_name, r.value, r.reason, f.ingested_at,
       count(*) OVER () AS rejected_rows
FROM reject r
JOIN ingested_file f USING (sha256)
WHERE f.kind <> 'unrecognised';
