-- Types and checks every staged follow-up row (first failing check wins, as for enrolments).
-- A follow-up belongs to a participant (participant_email, with or without the company's kvk)
-- or to a company as a whole (company_kvk only); its type must be one of the catalogue's
-- followup_types. run_code is informative and not checked. The pseudonym is made in the merge.

-- A value shown in a reject is never an e-mail address, whatever column it was typed in.
CREATE OR REPLACE TEMP MACRO shown(v) AS CASE WHEN v LIKE '%@%' THEN '(left out: it looks like an e-mail address)' ELSE v END;

CREATE OR REPLACE TEMP TABLE followup_checked AS
WITH allowed AS (
    SELECT coalesce(string_agg(followup_type, ', ' ORDER BY followup_type), 'none: metrokaart.yaml lists no followup_types') AS types
    FROM followup_type
),
typed AS (
    SELECT s.*,
           ft.followup_type AS type_canonical,
           coalesce(try_strptime(s.start_date, '%Y-%m-%d'), try_strptime(s.start_date, '%d-%m-%Y'),
                    try_strptime(s.start_date, '%d/%m/%Y'))::DATE AS start_day
    FROM {{staged}} s
    LEFT JOIN followup_type ft ON lower(ft.followup_type) = lower(s.type)
),
judged AS (
    SELECT t.*,
           CASE
               WHEN t.participant_email IS NULL AND t.company_kvk IS NULL THEN 'company_kvk'
               WHEN t.participant_email IS NOT NULL AND t.participant_email NOT LIKE '%_@_%' THEN 'participant_email'
               WHEN t.company_kvk IS NOT NULL AND NOT regexp_full_match(t.company_kvk, '[0-9]{8}') THEN 'company_kvk'
               WHEN t.type IS NULL OR t.type_canonical IS NULL THEN 'type'
               WHEN t.start_day IS NULL THEN 'start_date'
           END AS problem_column,
           CASE
               WHEN t.participant_email IS NULL AND t.company_kvk IS NULL THEN
                   'neither participant_email nor company_kvk is given; a follow-up belongs to a participant or to a company'
               WHEN t.participant_email IS NOT NULL AND t.participant_email NOT LIKE '%_@_%' THEN
                   'participant_email is not an e-mail address (the value is left out here for privacy)'
               WHEN t.company_kvk IS NOT NULL AND regexp_full_match(t.company_kvk, '[0-9]{7}') THEN
                   'kvk number ' || t.company_kvk || ' has 7 digits, a kvk number has 8; Excel may have dropped a leading zero (format the column as text)'
               WHEN t.company_kvk IS NOT NULL AND NOT regexp_full_match(t.company_kvk, '[0-9]{8}') THEN
                   'kvk number ' || shown(t.company_kvk) || ' is not 8 digits'
               WHEN t.type IS NULL THEN 'type is empty (expected one of ' || a.types || ')'
               WHEN t.type_canonical IS NULL THEN
                   'type ' || shown(t.type) || ' is not a follow-up type in metrokaart.yaml (expected one of ' || a.types || ')'
               WHEN t.start_date IS NULL THEN 'start_date is empty; a follow-up needs the day it starts'
               WHEN t.start_day IS NULL THEN
                   'start date ' || shown(t.start_date) || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd)'
           END AS problem
    FROM typed t CROSS JOIN allowed a
)
-- The same follow-up twice in one file: the first counts, a later one is rejected pointing to it.
-- Its key: the participant when one is named, else the company (see V005 for why).
SELECT j.*,
       CASE WHEN j.problem IS NOT NULL THEN j.problem_column END AS reject_column,  -- a repeat is about the row
       CASE WHEN j.problem IS NOT NULL THEN j.problem
            WHEN j.line > j.first_line THEN
                'the same follow-up (' || CASE WHEN j.participant_email IS NULL THEN 'company ' || j.company_kvk ELSE 'participant' END
                || ', ' || j.type_canonical || ', ' || strftime(j.start_day, '%d-%m-%Y') || ') already appears on line '
                || j.first_line || ' of this file'
       END AS reject_reason
FROM (
    SELECT jj.*,
           min(jj.line) OVER (PARTITION BY jj.problem IS NULL,
                                           CASE WHEN jj.participant_email IS NULL THEN 'company ' || jj.company_kvk
                                                ELSE 'participant ' || lower(trim(jj.participant_email)) END,
                                           jj.type_canonical, jj.start_day) AS first_line
    FROM judged jj
) j;

INSERT INTO file_rejects
SELECT line, reject_column,
       CASE reject_column
           WHEN 'participant_email' THEN NULL  -- never keep an e-mail address in the warehouse
           WHEN 'company_kvk' THEN shown(company_kvk) WHEN 'type' THEN shown(type) WHEN 'start_date' THEN shown(start_date)
       END,
       reject_reason
FROM followup_checked
WHERE reject_reason IS NOT NULL;
