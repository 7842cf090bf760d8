-- stg_assessment: every assessment with the rank of its source, and pick_key: one number that
-- orders a participant's assessments of a skill as "the current level" reads them (the later
-- day, then on the same day the higher-ranked source, then the higher level). An aggregate over
-- a plain BIGINT (max_by(level, pick_key)) is much cheaper than over a (day, rank, level) struct.
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW stg_assessment AS
SELECT a.*, coalesce(r.rank, 0) AS source_rank,
       (a.assessed_on - DATE '1970-01-01')::BIGINT * 1000000000 + coalesce(r.rank, 0) * 1000000 + (a.level + 500000) AS pick_key
FROM assessment a
LEFT JOIN stg_source_rank r USING (source);
