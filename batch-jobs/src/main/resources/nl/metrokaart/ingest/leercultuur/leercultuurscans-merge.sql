-- A newer delivery of a company's scan replaces all of that scan (see V008): a survey tool's
-- export holds every response so far. The scan is the export's scan/round column, else the month
-- of the answer's date. The respondent: the pseudonym of the e-mail address (the participants'
-- HMAC), else of the respondent id, else a key of the row itself (file and line).
CREATE OR REPLACE TEMP TABLE leercultuur_keyed AS
WITH named AS (
    SELECT *, CASE WHEN has_email THEN participant_email ELSE respondent END AS email
    FROM leercultuurscan_checked
    WHERE reject_reason IS NULL
)
SELECT company_kvk,
       coalesce(scan, strftime(scanned_day, '%Y-%m'))                                       AS scan_id,
       CASE WHEN email IS NOT NULL THEN {{participant_key_of_email}} ELSE 'rij-{{sha256}}-' || line END AS respondent_key,
       scanned_day                                                                          AS scanned_on,
       dimension_canonical                                                                  AS dimension_code,
       coalesce(item, dimension_canonical)                                                  AS item,
       score_number                                                                         AS score,
       line
FROM named;

DELETE FROM leercultuur_answer a
USING (SELECT DISTINCT company_kvk, scan_id FROM leercultuur_keyed) k
WHERE a.company_kvk = k.company_kvk AND a.scan_id = k.scan_id;

INSERT INTO leercultuur_answer
SELECT company_kvk, scan_id, respondent_key, scanned_on, dimension_code, item, score, '{{sha256}}', line
FROM leercultuur_keyed;

DROP TABLE leercultuur_keyed;
