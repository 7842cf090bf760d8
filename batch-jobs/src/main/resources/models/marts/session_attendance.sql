-- session_attendance: per session (run, module, date), the participants enrolled in it (rows
-- not cancelled), those present (aanwezig or te laat) and the attendance rate present / enrolled.
-- grain: one row per session (run, module, date)
-- key: run_code, module_code, session_date
-- columns:
--   run_code          the run
--   module_code       the nanomodule
--   session_date      the day
--   enrolled          participants enrolled in it (rows not cancelled)
--   present           of those, present
--   attendance_rate   present / enrolled; NULL when nobody was enrolled
CREATE OR REPLACE VIEW session_attendance AS
SELECT run_code,
       module_code,
       session_date,
       count(DISTINCT participant_key) FILTER (WHERE NOT is_cancelled)                     AS enrolled,
       count(DISTINCT participant_key) FILTER (WHERE is_present)                          AS present,
       count(DISTINCT participant_key) FILTER (WHERE is_present)
           / nullif(count(DISTINCT participant_key) FILTER (WHERE NOT is_cancelled), 0)   AS attendance_rate
FROM stg_enrolment
GROUP BY run_code, module_code, session_date
ORDER BY run_code, session_date, module_code;
