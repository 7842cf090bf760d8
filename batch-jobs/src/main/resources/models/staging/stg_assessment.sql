-- stg_assessment: every assessment with the rank of its source, and pick_key: one number that
-- orders a participant's assessments of a skill as "the current level" reads them (the later
-- day, then on the same day the higher-ranked source, then the higher level). An aggregate over
-- a plain BIGINT (max_by(level, pick_key)) is much cheaper than over a (day, rank, level) struct.
-- grain: one row per assessment
-- key: participant_key, skill_code, assessed_on, moment, source, source_sha256, source_line
-- columns:
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   skill_code        the skill assessed
--   assessed_on       the day of the assessment
--   moment            intake, tussentijds or exit
--   source            self, coach or assessor
--   level             the level on the catalogue's scale
--   source_sha256     the file it was loaded from (its hash)
--   source_line       its line in that file
--   source_rank       the rank of the source on a same-day tie (assessor > coach > self)
--   pick_key          one number ordering the participant's assessments of the skill as the current level reads them
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW stg_assessment AS
SELECT a.*, coalesce(r.rank, 0) AS source_rank,
       (a.assessed_on - DATE '1970-01-01')::BIGINT * 1000000000 + coalesce(r.rank, 0) * 1000000 + (a.level + 500000) AS pick_key
FROM assessment a
LEFT JOIN stg_source_rank r USING (source);
