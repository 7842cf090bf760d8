-- funnel(d): per run at d, its participants step by step, each a count (percentages of
-- enrolled beside them): enrolled (participants), present at one or more of its modules in a
-- session on or before d, completed with the presence up to d (a session after d has not happened
-- at d, so completed never exceeds present), holding an issued badge dated on or before d for
-- any module of the run's lijn (earned in any run), and converted by d (conversion with the
-- catalogue's window).
-- grain: one row per run with participants
-- key: run_code
-- columns:
--   run_code              the run
--   enrolled              its participants
--   present_any           present at one or more modules by d
--   completed             completed with the presence up to d
--   with_badge            holding an issued badge for a module of the lijn dated by d
--   with_followup         converted by d
--   present_any_share     present_any / enrolled
--   completed_share       completed / enrolled
--   with_badge_share      with_badge / enrolled
--   with_followup_share   with_followup / enrolled
CREATE OR REPLACE MACRO funnel(d) AS TABLE
WITH badged AS (
    SELECT DISTINCT c.run_code, c.participant_key
    FROM stg_cohort c
    JOIN lijn_module lm ON lm.lijn_code = c.lijn_code
    JOIN stg_badge b ON b.participant_key = c.participant_key AND b.module_code = lm.module_code AND b.issued_on <= d
),
converted AS (
    SELECT run_code, participant_key FROM stg_first_followup(d, (SELECT conversion_window_months FROM stg_rules))
)
SELECT c.run_code,
       count(*)                                          AS enrolled,
       count(*) FILTER (WHERE pc.modules_present > 0)    AS present_any,
       count(*) FILTER (WHERE pc.completed)              AS completed,
       count(b.participant_key)                          AS with_badge,
       count(f.participant_key)                          AS with_followup,
       count(*) FILTER (WHERE pc.modules_present > 0) / count(*) AS present_any_share,
       count(*) FILTER (WHERE pc.completed) / count(*)   AS completed_share,
       count(b.participant_key) / count(*)               AS with_badge_share,
       count(f.participant_key) / count(*)               AS with_followup_share
FROM stg_cohort c
LEFT JOIN stg_completion(d) pc ON pc.run_code = c.run_code AND pc.participant_key = c.participant_key
LEFT JOIN badged b ON b.run_code = c.run_code AND b.participant_key = c.participant_key
LEFT JOIN converted f ON f.run_code = c.run_code AND f.participant_key = c.participant_key
GROUP BY c.run_code
ORDER BY c.run_code;
