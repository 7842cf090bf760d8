-- stg_assessment: every assessment with the rank of its source (same-day ties: the higher rank,
-- then the higher level).
CREATE OR REPLACE VIEW stg_assessment AS
SELECT a.*, coalesce(r.rank, 0) AS source_rank
FROM assessment a
LEFT JOIN stg_source_rank r USING (source);
