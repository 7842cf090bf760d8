-- learning_gain: per participant of a run and assessed skill, the intake level (the latest
-- intake assessment on or before the run's first session) and the exit level (the earliest
-- exit assessment on or after its last session); same-day ties: the higher-ranked source,
-- then the higher level. Searched over all the participant's assessments, not bounded by other
-- runs. A row exists where an intake or an exit exists; gain = exit - intake only where both do.
-- grain: one row per participant of a run and skill with an intake or an exit level
-- key: run_code, participant_key, skill_code
-- columns:
--   run_code          the run
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   skill_code        the skill
--   intake_level      the latest intake on or before the first session
--   exit_level        the earliest exit on or after the last session
--   gain              exit_level - intake_level; NULL unless both exist
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW learning_gain AS
-- One join of each participant's runs with their intake and exit assessments, both levels
-- picked by aggregate (max_by/min_by over the sort key) in the same pass: far cheaper at a
-- million rows than two window queries and a full outer join, with the same rows.
WITH picked AS (
    SELECT c.run_code, c.participant_key, a.skill_code,
           max_by(a.level, (a.assessed_on, a.source_rank, a.level))
               FILTER (WHERE a.moment = 'intake' AND a.assessed_on <= c.first_session) AS intake_level,
           min_by(a.level, (a.assessed_on, -a.source_rank, -a.level))
               FILTER (WHERE a.moment = 'exit' AND a.assessed_on >= c.last_session)    AS exit_level
    FROM stg_cohort c
    JOIN stg_assessment a ON a.participant_key = c.participant_key AND a.moment IN ('intake', 'exit')
    GROUP BY c.run_code, c.participant_key, a.skill_code
)
SELECT run_code,
       participant_key,
       skill_code,
       intake_level,
       exit_level,
       exit_level - intake_level AS gain
FROM picked
WHERE intake_level IS NOT NULL OR exit_level IS NOT NULL;
