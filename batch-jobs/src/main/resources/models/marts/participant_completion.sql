-- participant_completion: per participant of a run, the run's modules scheduled (distinct
-- module codes of all its rows, cancelled ones included), the modules the participant was
-- present at (aanwezig or te laat, on a row not cancelled), and whether that share reaches
-- the completion share of the catalogue (default 0.75: 3 of 4 completes).
CREATE OR REPLACE VIEW participant_completion AS
WITH participants AS (
    SELECT run_code, participant_key,
           count(DISTINCT module_code) FILTER (WHERE is_present) AS modules_present
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
