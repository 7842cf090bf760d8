-- Types and checks every staged company row (first failing check wins, as for enrolments).
-- kvk stays text of exactly 8 digits: 01234567 keeps its leading zero.
CREATE OR REPLACE TEMP TABLE company_checked AS
WITH repeated AS (
    SELECT kvk, min(line) AS first_line FROM {{staged}} GROUP BY kvk HAVING count(*) > 1
),
typed AS (
    SELECT s.*,
           try_cast(replace(replace(s.employees, '.', ''), ' ', '') AS INTEGER) AS employee_count,
           CASE WHEN s.line > r.first_line THEN 2 ELSE 1 END AS occurrence,
           r.first_line
    FROM {{staged}} s
    LEFT JOIN repeated r ON r.kvk = s.kvk
)
SELECT t.*,
       CASE
           WHEN t.kvk IS NULL OR NOT regexp_full_match(t.kvk, '[0-9]{8}') OR t.occurrence > 1 THEN 'kvk'
           WHEN t.employees IS NOT NULL AND (t.employee_count IS NULL OR t.employee_count < 0) THEN 'employees'
       END AS reject_column,
       CASE
           WHEN t.kvk IS NULL THEN 'kvk is empty; every company needs its 8-digit kvk number'
           WHEN regexp_full_match(t.kvk, '[0-9]{7}') THEN
               'kvk number ' || t.kvk || ' has 7 digits, a kvk number has 8; Excel may have dropped a leading zero (format the column as text)'
           WHEN NOT regexp_full_match(t.kvk, '[0-9]{8}') THEN 'kvk number ' || t.kvk || ' is not 8 digits'
           WHEN t.occurrence > 1 THEN 'kvk number ' || t.kvk || ' already appears on line ' || t.first_line || ' of this file'
           WHEN t.employees IS NOT NULL AND (t.employee_count IS NULL OR t.employee_count < 0) THEN
               'employees ' || t.employees || ' is not a whole number of employees'
       END AS reject_reason
FROM typed t;

INSERT INTO file_rejects
SELECT line, reject_column, CASE reject_column WHEN 'kvk' THEN kvk ELSE employees END, reject_reason
FROM company_checked
WHERE reject_reason IS NOT NULL;
