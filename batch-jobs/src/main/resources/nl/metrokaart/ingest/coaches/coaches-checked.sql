-- Types and checks every staged row of a coaches file (first failing check wins, as for
-- enrolments): the coach's e-mail address and training date are required; a kvk number, when
-- given, has 8 digits; a track that is a lijn code of the catalogue is spelled as the catalogue
-- spells it, any other text is the pps's own coach track and kept as given.
-- The temp table is coach_checked (dropped by the merge); the pseudonym is made in the merge.

-- A value shown in a reject is never an e-mail address, whatever column it was typed in.
CREATE OR REPLACE TEMP MACRO shown(v) AS CASE WHEN v LIKE '%@%' THEN '(left out: it looks like an e-mail address)' ELSE v END;

CREATE OR REPLACE TEMP TABLE coach_checked AS
WITH typed AS (
    SELECT s.*,
           coalesce(l.lijn_code, s.track) AS track_canonical,
           coalesce(try_strptime(s.trained_on, '%Y-%m-%d'), try_strptime(s.trained_on, '%d-%m-%Y'),
                    try_strptime(s.trained_on, '%d/%m/%Y'))::DATE AS trained_day
    FROM {{staged}} s
    LEFT JOIN lijn l ON lower(l.lijn_code) = lower(s.track)
),
judged AS (
    SELECT t.*,
           CASE
               WHEN t.coach_email IS NULL OR t.coach_email NOT LIKE '%_@_%' THEN 'coach_email'
               WHEN t.company_kvk IS NOT NULL AND NOT regexp_full_match(t.company_kvk, '[0-9]{8}') THEN 'company_kvk'
               WHEN t.trained_day IS NULL THEN 'trained_on'
           END AS problem_column,
           CASE
               WHEN t.coach_email IS NULL THEN 'the coach''s e-mail address is empty; a coach is known by it'
               WHEN t.coach_email NOT LIKE '%_@_%' THEN 'coach_email is not an e-mail address (the value is left out here for privacy)'
               WHEN t.company_kvk IS NOT NULL AND regexp_full_match(t.company_kvk, '[0-9]{7}') THEN
                   'kvk number ' || t.company_kvk || ' has 7 digits, a kvk number has 8; Excel may have dropped a leading zero (format the column as text)'
               WHEN t.company_kvk IS NOT NULL AND NOT regexp_full_match(t.company_kvk, '[0-9]{8}') THEN
                   'kvk number ' || shown(t.company_kvk) || ' is not 8 digits'
               WHEN t.trained_on IS NULL THEN 'trained_on is empty; a coach needs the day the training was completed'
               WHEN t.trained_day IS NULL THEN
                   'training date ' || shown(t.trained_on) || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd)'
           END AS problem
    FROM typed t
)
-- The same coach and track twice in one file: the first counts, a later one is rejected pointing to it.
SELECT j.*,
       CASE WHEN j.problem IS NOT NULL THEN j.problem_column END AS reject_column,
       CASE WHEN j.problem IS NOT NULL THEN j.problem
            WHEN j.line > j.first_line THEN
                'the same coach ' || CASE WHEN j.track_canonical IS NULL THEN 'without a track' ELSE 'and track (' || j.track_canonical || ')' END
                || ' already appears on line ' || j.first_line || ' of this file'
       END AS reject_reason
FROM (
    SELECT jj.*,
           min(jj.line) OVER (PARTITION BY jj.problem IS NULL, lower(trim(jj.coach_email)), lower(jj.track_canonical)) AS first_line
    FROM judged jj
) j;

INSERT INTO file_rejects
SELECT line, reject_column,
       CASE reject_column
           WHEN 'coach_email' THEN NULL  -- never keep an e-mail address in the warehouse
           WHEN 'company_kvk' THEN shown(company_kvk) WHEN 'trained_on' THEN shown(trained_on)
       END,
       reject_reason
FROM coach_checked
WHERE reject_reason IS NOT NULL;
