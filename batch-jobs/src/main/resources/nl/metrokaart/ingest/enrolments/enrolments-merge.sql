-- A newer delivery of an enrolment (same enrolment_id) replaces the older one.
DELETE FROM enrolment WHERE enrolment_id IN (SELECT enrolment_id FROM enrolment_checked WHERE reject_reason IS NULL);

INSERT INTO enrolment
SELECT enrolment_id, run_code, lijn_canonical, module_canonical, session_day,
       {{participant_key}}, company_kvk, role_code, status_code, attendance_code,
       '{{sha256}}', line
FROM enrolment_checked
WHERE reject_reason IS NULL;
