-- Types and checks every staged enrolment row. The first check a row fails names its column,
-- value and a reason in the pps's words; a row that fails none has reject_reason NULL.
-- The pseudonym is made in the merge script, so the key never reaches a table.
CREATE OR REPLACE TEMP TABLE enrolment_checked AS
WITH repeated AS (
    -- ids that appear more than once in the file (an aggregate is far cheaper than a window over every row)
    SELECT enrolment_id, min(line) AS first_line FROM {{staged}} GROUP BY enrolment_id HAVING count(*) > 1
),
typed AS (
    SELECT s.*,
           coalesce(try_strptime(s.session_date, '%Y-%m-%d'), try_strptime(s.session_date, '%d-%m-%Y'),
                    try_strptime(s.session_date, '%d/%m/%Y'))::DATE AS session_day,
           CASE lower(s.status)
                WHEN 'ingeschreven' THEN 'ingeschreven' WHEN 'geannuleerd' THEN 'geannuleerd'
                WHEN 'enrolled' THEN 'ingeschreven' WHEN 'cancelled' THEN 'geannuleerd' WHEN 'canceled' THEN 'geannuleerd'
           END AS status_code,
           -- Moodle attendance letters: Present, Absent, Late, Excused.
           CASE lower(s.attendance)
                WHEN 'aanwezig' THEN 'aanwezig' WHEN 'p' THEN 'aanwezig' WHEN 'present' THEN 'aanwezig'
                WHEN 'afwezig' THEN 'afwezig' WHEN 'a' THEN 'afwezig' WHEN 'absent' THEN 'afwezig'
                WHEN 'te laat' THEN 'te laat' WHEN 'l' THEN 'te laat' WHEN 'late' THEN 'te laat'
                WHEN 'afgemeld' THEN 'afgemeld' WHEN 'e' THEN 'afgemeld' WHEN 'excused' THEN 'afgemeld'
           END AS attendance_code,
           CASE lower(s.role)
                WHEN 'ondernemer' THEN 'ondernemer' WHEN 'owner' THEN 'ondernemer'
                WHEN 'medewerker' THEN 'medewerker' WHEN 'employee' THEN 'medewerker'
           END AS role_code,
           l.lijn_code AS lijn_canonical,
           m.module_code AS module_canonical,
           l.lijn_code IS NOT NULL AS lijn_known,
           length(s.company_kvk) = 8 AND translate(s.company_kvk, '0123456789', '') = '' AS kvk_ok,
           m.module_code IS NOT NULL AS module_known,
           CASE WHEN s.line > r.first_line THEN 2 ELSE 1 END AS occurrence,
           r.first_line
    FROM {{staged}} s
    LEFT JOIN repeated r ON r.enrolment_id = s.enrolment_id
    LEFT JOIN lijn l ON upper(l.lijn_code) = upper(s.lijn_code)
    LEFT JOIN module m ON upper(m.module_code) = upper(s.module_code)
),
checked AS (
    SELECT t.*,
           CASE
               WHEN t.enrolment_id IS NULL OR t.occurrence > 1 THEN 'enrolment_id'
               WHEN t.run_code IS NULL THEN 'run_code'
               WHEN NOT t.lijn_known THEN 'lijn_code'
               WHEN NOT t.module_known THEN 'module_code'
               WHEN t.session_day IS NULL THEN 'session_date'
               WHEN t.participant_email IS NULL OR t.participant_email NOT LIKE '%_@_%' THEN 'participant_email'
               WHEN t.company_kvk IS NOT NULL AND NOT t.kvk_ok THEN 'company_kvk'
               WHEN t.role IS NOT NULL AND t.role_code IS NULL THEN 'role'
               WHEN t.status_code IS NULL THEN 'status'
               WHEN t.attendance IS NOT NULL AND t.attendance_code IS NULL THEN 'attendance'
           END AS reject_column
    FROM typed t
)
-- The reason is spelled out only for the few rows that have one.
SELECT c.*,
       CASE c.reject_column
           WHEN 'enrolment_id' THEN
               CASE WHEN c.enrolment_id IS NULL THEN 'enrolment_id is empty; every row needs the id of its enrolment'
                    ELSE 'enrolment_id ' || c.enrolment_id || ' already appears on line ' || c.first_line || ' of this file' END
           WHEN 'run_code' THEN 'run_code is empty; every row needs the code of its run (e.g. ROOD-2026-03)'
           WHEN 'lijn_code' THEN coalesce('lijn code ' || c.lijn_code || ' is not in metrokaart.yaml', 'lijn_code is empty')
           WHEN 'module_code' THEN coalesce('module code ' || c.module_code || ' is not in metrokaart.yaml', 'module_code is empty')
           WHEN 'session_date' THEN
               coalesce('session date ' || c.session_date || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd)', 'session_date is empty')
           WHEN 'participant_email' THEN
               CASE WHEN c.participant_email IS NULL THEN 'participant_email is empty; the participant cannot be identified'
                    ELSE 'participant_email is not an e-mail address (the value is left out here for privacy)' END
           WHEN 'company_kvk' THEN
               CASE WHEN length(c.company_kvk) = 7 AND translate(c.company_kvk, '0123456789', '') = '' THEN
                        'kvk number ' || c.company_kvk || ' has 7 digits, a kvk number has 8; Excel may have dropped a leading zero (format the column as text)'
                    ELSE 'kvk number ' || c.company_kvk || ' is not 8 digits' END
           WHEN 'role' THEN 'role ' || c.role || ' is neither ondernemer nor medewerker'
           WHEN 'status' THEN coalesce('status ' || c.status || ' is neither ingeschreven nor geannuleerd',
                                       'status is empty (expected ingeschreven or geannuleerd)')
           WHEN 'attendance' THEN 'attendance ' || c.attendance || ' is not one of aanwezig, afwezig, te laat, afgemeld (or P, A, L, E)'
       END AS reject_reason
FROM checked c;

INSERT INTO file_rejects
SELECT line, reject_column,
       CASE reject_column WHEN 'participant_email' THEN NULL ELSE  -- never keep an e-mail address in the warehouse
           CASE reject_column
               WHEN 'enrolment_id' THEN enrolment_id WHEN 'run_code' THEN run_code WHEN 'lijn_code' THEN lijn_code
               WHEN 'module_code' THEN module_code WHEN 'session_date' THEN session_date WHEN 'company_kvk' THEN company_kvk
               WHEN 'role' THEN role WHEN 'status' THEN status WHEN 'attendance' THEN attendance
           END
       END,
       reject_reason
FROM enrolment_checked
WHERE reject_reason IS NOT NULL;
