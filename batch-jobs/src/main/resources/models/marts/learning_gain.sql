-- learning_gain: per participant of a run and assessed skill, the intake level (the latest
-- intake assessment on or before the run's first session) and the exit level (the earliest
-- exit assessment on or after its last session); same-day ties: the higher-ranked source,
-- then the higher level. Searched over all the participant's assessments, not bounded by other
-- runs. A row exists where an intake or an exit exists; gain = exit - intake only where both do.
CREATE OR REPLACE VIEW learning_gain AS
WITH intake AS (
    SELECT c.run_code, c.participant_key, a.skill_code, a.level,
           row_number() OVER (PARTITION BY c.run_code, c.participant_key, a.skill_code
                              ORDER BY a.assessed_on DESC, a.source_rank DESC, a.level DESC) AS pick
    FROM stg_cohort c
    JOIN stg_assessment a ON a.participant_key = c.participant_key AND a.moment = 'intake' AND a.assessed_on <= c.first_session
),
exit AS (
    SELECT c.run_code, c.participant_key, a.skill_code, a.level,
           row_number() OVER (PARTITION BY c.run_code, c.participant_key, a.skill_code
                              ORDER BY a.assessed_on ASC, a.source_rank DESC, a.level DESC) AS pick
    FROM stg_cohort c
    JOIN stg_assessment a ON a.participant_key = c.participant_key AND a.moment = 'exit' AND a.assessed_on >= c.last_session
)
SELECT run_code,
       participant_key,
       skill_code,
       i.level             AS intake_level,
       x.level             AS exit_level,
       x.level - i.level   AS gain
FROM (SELECT * FROM intake WHERE pick = 1) i
FULL OUTER JOIN (SELECT * FROM exit WHERE pick = 1) x USING (run_code, participant_key, skill_code);
