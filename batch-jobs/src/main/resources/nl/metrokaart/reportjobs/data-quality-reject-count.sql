-- How many rows of loaded files were rejected in all.
SELECT count(*) FROM reject r JOIN ingested_file f USING (sha256) WHERE f.kind <> 'unrecognised'
