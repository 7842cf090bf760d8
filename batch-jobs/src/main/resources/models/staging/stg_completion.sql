-- stg_completion(d): per participant of a run (a row not cancelled), the run's modules scheduled
-- (distinct module codes of all its rows, cancelled ones included), the modules the participant
-- was present at (aanwezig or te laat, on a row not cancelled) in a session on or before d, and
-- whether that reaches the catalogue's completion share (default 0.75: 3 of 4 completes).
-- d NULL: sessions of any date (participant_completion); a date: the state at d. present_on and
-- completed_on are the days those states were reached (modules_present counts the modules whose
-- first present day is on or before d, so the state at any later day reads them: funnels).
-- grain: one row per participant of a run
-- key: run_code, participant_key
-- columns:
--   run_code            the run
--   participant_key     participant (keyed pseudonym of the e-mail address)
--   modules_scheduled   the run's distinct modules (cancelled rows included)
--   modules_present     modules the participant was present at (in a session on or before d, when d is given)
--   completed           modules_present / modules_scheduled reaches the completion share
--   present_on          the first session the participant was present at (by d); NULL if none
--   completed_on        the day completed was reached: the first present day of the module that reached the share; NULL if not reached
CREATE OR REPLACE MACRO stg_completion(d) AS TABLE
WITH modules AS (
    -- per participant and module of the run: the first session they were present at (by d)
    SELECT run_code, participant_key, module_code,
           min(session_date) FILTER (WHERE is_present AND (d IS NULL OR session_date <= d)) AS present_on,
           bool_or(NOT is_cancelled) AS enrolled
    FROM stg_enrolment
    GROUP BY run_code, participant_key, module_code
),
participants AS (
    SELECT run_code, participant_key,
           count(present_on)                                               AS modules_present,
           list(present_on ORDER BY present_on) FILTER (WHERE present_on IS NOT NULL) AS present_days
    FROM modules
    GROUP BY run_code, participant_key
    HAVING bool_or(enrolled)
),
required AS (
    -- the modules that reach the share: present * 100000 >= round(share * scheduled * 100000), in whole
    -- numbers (avoids 0.75*4 float noise), so the least whole number of modules at or above that
    SELECT run_code, modules_scheduled,
           CAST(ceil(round((SELECT completion_share FROM stg_rules) * modules_scheduled * 100000) / 100000) AS BIGINT) AS modules_required
    FROM stg_run
)
SELECT p.run_code,
       p.participant_key,
       r.modules_scheduled,
       p.modules_present,
       p.modules_present >= r.modules_required AS completed,
       p.present_days[1] AS present_on,
       CASE WHEN r.modules_required <= 0 THEN DATE '-infinity' ELSE p.present_days[r.modules_required] END AS completed_on
FROM participants p
JOIN required r USING (run_code);
