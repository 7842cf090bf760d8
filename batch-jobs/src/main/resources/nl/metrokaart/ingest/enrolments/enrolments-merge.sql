-- The file's participants, each address pseudonymised once (HMAC is the costly part of a row).
CREATE OR REPLACE TEMP TABLE file_participant AS
SELECT email, {{participant_key_of_email}} AS participant_key
FROM (SELECT DISTINCT lower(trim(participant_email)) AS email FROM enrolment_checked WHERE reject_reason IS NULL);

-- A newer delivery of an enrolment (same enrolment_id) replaces the older one. Written as a join
-- so DuckDB may hash the smaller side (on a first load: the empty table, not the file).
DELETE FROM enrolment e USING enrolment_checked c
WHERE e.enrolment_id = c.enrolment_id AND c.reject_reason IS NULL;

INSERT INTO enrolment
SELECT c.enrolment_id, c.run_code, c.lijn_canonical, c.module_canonical, c.session_day,
       p.participant_key, c.company_kvk, c.role_code, c.status_code, c.attendance_code,
       '{{sha256}}', c.line
FROM enrolment_checked c
JOIN file_participant p ON p.email = lower(trim(c.participant_email))
WHERE c.reject_reason IS NULL;
