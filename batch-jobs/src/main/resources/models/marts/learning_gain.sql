-- learning_gain: per participant of a run and assessed skill, the intake level (the latest
-- intake assessment on or before the run's first session) and the exit level (the earliest
-- exit assessment on or after its last session); same-day ties: the higher-ranked source,
-- then the higher level. Searched over all the participant's assessments, not bounded by other
-- runs. A row exists where an intake or an exit exists; gain = exit - intake only where both do.
CREATE OR REPLACE VIEW learning_gain AS
-- Picked by aggregate (max_by/min_by over a sort key) rather than a window: same result, far
-- cheaper at a million rows.
WITH intake AS (
    SELECT c.run_code, c.participant_key, a.skill_code,
           max_by(a.level, (a.assessed_on, a.source_rank, a.level)) AS level
    FROM stg_cohort c
    JOIN stg_assessment a ON a.participant_key = c.participant_key AND a.moment = 'intake' AND a.assessed_on <= c.first_session
    GROUP BY c.run_code, c.participant_key, a.skill_code
),
exit AS (
    SELECT c.run_code, c.participant_key, a.skill_code,
           min_by(a.level, (a.assessed_on, -a.source_rank, -a.level)) AS level
    FROM stg_cohort c
    JOIN stg_assessment a ON a.participant_key = c.participant_key AND a.moment = 'exit' AND a.assessed_on >= c.last_session
    GROUP BY c.run_code, c.participant_key, a.skill_code
)
SELECT run_code,
       participant_key,
       skill_code,
       i.level             AS intake_level,
       x.level             AS exit_level,
       x.level - i.level   AS gain
FROM intake i
FULL OUTER JOIN exit x USING (run_code, participant_key, skill_code);
