-- rpt_company_participants: per company its participants who followed a lijn with a skill profile
-- (every one of them has rows in skill_gap), and its name: which companies the "skills per
-- company" sheet shows (those with at least k participants, the largest first) and their size.
-- grain: one row per company with such a participant
-- key: company_kvk
-- columns:
--   company_kvk    the company (a participant's company: the one on their latest row)
--   company_name   its name in the companies file; NULL when no file holds it
--   participants   its distinct participants of runs of lijnen with a profile
--   size_rank      1 for the company with the most participants, then down (ties: the lower kvk first)
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_company_participants AS
WITH sizes AS (
    SELECT p.company_kvk, any_value(co.name) AS company_name, count(DISTINCT c.participant_key) AS participants
    FROM stg_cohort c
    JOIN stg_participant p USING (participant_key)
    LEFT JOIN company co ON co.company_kvk = p.company_kvk
    WHERE p.company_kvk IS NOT NULL
      AND c.lijn_code IN (SELECT l.lijn_code FROM lijn l JOIN profile_target t USING (profile_code))
    GROUP BY p.company_kvk
)
SELECT company_kvk, company_name, participants, row_number() OVER (ORDER BY participants DESC, company_kvk) AS size_rank
FROM sizes;
