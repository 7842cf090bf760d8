-- module_attendance(date_from, date_to): per nanomodule (of the catalogue, or named in an
-- enrolment) what happened to it in [date_from, date_to]: the runs with a session of it, the
-- distinct participants enrolled (a row not cancelled) and present (aanwezig or te laat) at it
-- in those sessions, in any run. A module without sessions in the period has zeros.
-- grain: one row per nanomodule (of the catalogue or named in an enrolment)
-- key: module_code
-- columns:
--   module_code             the nanomodule
--   runs                    runs with a session of it in the period
--   participants_enrolled   distinct participants enrolled in those sessions (not cancelled)
--   participants_present    distinct participants present at them
CREATE OR REPLACE MACRO module_attendance(date_from, date_to) AS TABLE
WITH modules AS (
    SELECT module_code FROM module
    UNION SELECT module_code FROM enrolment
),
sessions AS (
    SELECT * FROM stg_enrolment WHERE session_date BETWEEN date_from AND date_to
)
SELECT m.module_code,
       count(DISTINCT s.run_code)                                            AS runs,
       count(DISTINCT s.participant_key) FILTER (WHERE NOT s.is_cancelled)   AS participants_enrolled,
       count(DISTINCT s.participant_key) FILTER (WHERE s.is_present)         AS participants_present
FROM modules m
LEFT JOIN sessions s USING (module_code)
GROUP BY m.module_code;
