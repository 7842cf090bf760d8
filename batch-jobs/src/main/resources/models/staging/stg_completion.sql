-- stg_completion(d): per participant of a run (a row not cancelled), the run's modules scheduled
-- (distinct module codes of all its rows, cancelled ones included), the modules the participant
-- was present at (aanwezig or te laat, on a row not cancelled) in a session on or before d, and
-- whether that reaches the catalogue's completion share (default 0.75: 3 of 4 completes).
-- d NULL: sessions of any date (participant_completion); a date: the state at d (funnel).
-- grain: one row per participant of a run
-- key: run_code, participant_key
-- columns:
--   run_code            the run
--   participant_key     participant (keyed pseudonym of the e-mail address)
--   modules_scheduled   the run's distinct modules (cancelled rows included)
--   modules_present     modules the participant was present at (in a session on or before d, when d is given)
--   completed           modules_present / modules_scheduled reaches the completion share
CREATE OR REPLACE MACRO stg_completion(d) AS TABLE
WITH participants AS (
    SELECT run_code, participant_key,
           count(DISTINCT module_code) FILTER (WHERE is_present AND (d IS NULL OR session_date <= d)) AS modules_present
    FROM stg_enrolment
    GROUP BY run_code, participant_key
    HAVING count(*) FILTER (WHERE NOT is_cancelled) > 0
)
SELECT p.run_code,
       p.participant_key,
       r.modules_scheduled,
       p.modules_present,
       -- compared in whole numbers: present * 100000 >= share * scheduled * 100000 avoids 0.75*4 float noise
       p.modules_present * 100000 >= round((SELECT completion_share FROM stg_rules) * r.modules_scheduled * 100000) AS completed
FROM participants p
JOIN stg_run r USING (run_code);
