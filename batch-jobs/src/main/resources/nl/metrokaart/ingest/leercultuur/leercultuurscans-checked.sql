-- Types and checks every answer of a leercultuurscan, staged in the long shape (one answer a row;
-- LeercultuurLoader unpivots a wide export): first failing check wins. A company must be known
-- (companies file or an enrolment), the dimension one of the catalogue's (by code or name), the
-- date a date (Dutch or ISO, a time after it is ignored; month first only where the file shows it),
-- the score a number or an answer label
-- within the scan's scale (never clipped). An e-mail column holding no address (Forms writes
-- "anonymous") counts as absent. The pseudonym is made in the merge.

-- A value shown in a reject is never an e-mail address, whatever column it was typed in.
CREATE OR REPLACE TEMP MACRO shown(v) AS CASE WHEN v LIKE '%@%' THEN '(left out: it looks like an e-mail address)' ELSE v END;

CREATE OR REPLACE TEMP TABLE leercultuurscan_checked AS
WITH scale AS (
    SELECT s.scale_min, s.scale_max,
           (SELECT string_agg(dimension_code || coalesce(' (' || name || ')', ''), ', ' ORDER BY position) FROM leercultuur_dimension) AS dimensions
    FROM leercultuur_scale s
),
known_company AS (
    SELECT company_kvk FROM company UNION SELECT company_kvk FROM enrolment WHERE company_kvk IS NOT NULL
),
dated AS (
    SELECT *, regexp_extract(trim(scanned_on), '^([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4})') AS day_text FROM {{staged}}
),
-- A file writes its dates one way. d/m/yyyy as in Dutch, unless the file shows it puts the month
-- first (an English Google Forms export: 5/13/2026): some second part above 12 and no first part.
date_order AS (
    SELECT coalesce(bool_or(TRY_CAST(split_part(day_text, '/', 2) AS INTEGER) > 12)
                    AND NOT bool_or(TRY_CAST(split_part(day_text, '/', 1) AS INTEGER) > 12), false) AS month_first
    FROM dated
    WHERE regexp_full_match(day_text, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}')
),
typed AS (
    SELECT s.*,
           d.dimension_code AS dimension_canonical,
           CAST(coalesce(try_strptime(day_text, '%Y-%m-%d'), try_strptime(day_text, '%d-%m-%Y'),
                         CASE WHEN o.month_first THEN try_strptime(day_text, '%m/%d/%Y') ELSE try_strptime(day_text, '%d/%m/%Y') END,
                         try_strptime(day_text, '%d.%m.%Y'), try_strptime(day_text, '%Y/%m/%d')) AS DATE) AS scanned_day,
           coalesce(l.score::DOUBLE,
                    TRY_CAST(replace(regexp_extract(s.score, '^([+-]?[0-9]+([.,][0-9]+)?)(\s*[-:.)]?\s*[^0-9.,].*)?$', 1), ',', '.') AS DOUBLE))
               AS score_number,
           k.company_kvk IS NOT NULL AS company_known,
           s.participant_email LIKE '%_@_%' AS has_email
    FROM dated s
    CROSS JOIN date_order o
    LEFT JOIN leercultuur_dimension d ON lower(d.dimension_code) = lower(trim(s.dimension)) OR lower(d.name) = lower(trim(s.dimension))
    LEFT JOIN leercultuur_scale_label l ON lower(l.label) = lower(trim(s.score))
    LEFT JOIN known_company k ON k.company_kvk = s.company_kvk
),
judged AS (
    SELECT t.*,
           CASE
               WHEN t.company_kvk IS NULL OR NOT regexp_full_match(t.company_kvk, '[0-9]{8}') OR NOT t.company_known THEN 'company_kvk'
               WHEN t.dimension IS NULL OR t.dimension_canonical IS NULL THEN 'dimension'
               WHEN t.scanned_day IS NULL THEN 'scanned_on'
               WHEN t.score IS NULL OR t.score_number IS NULL OR t.score_number NOT BETWEEN a.scale_min AND a.scale_max
                   THEN coalesce(t.item, 'score')
           END AS reject_column,
           CASE
               WHEN t.company_kvk IS NULL THEN 'company_kvk is empty; every answer of a leercultuurscan belongs to a company'
               WHEN regexp_full_match(t.company_kvk, '[0-9]{7}') THEN
                   'kvk number ' || t.company_kvk || ' has 7 digits, a kvk number has 8; Excel may have dropped a leading zero (format the column as text)'
               WHEN NOT regexp_full_match(t.company_kvk, '[0-9]{8}') THEN 'kvk number ' || shown(t.company_kvk) || ' is not 8 digits'
               WHEN NOT t.company_known THEN
                   'kvk number ' || t.company_kvk || ' is not a company in the companies file nor named by any enrolment; deliver the company first'
               WHEN t.dimension IS NULL THEN 'dimension is empty (expected one of ' || a.dimensions || ')'
               WHEN t.dimension_canonical IS NULL THEN
                   'dimension ' || shown(t.dimension) || ' is not a dimension of the leercultuurscan in metrokaart.yaml (expected one of '
                   || a.dimensions || ')'
               WHEN t.scanned_on IS NULL THEN 'the date is empty; an answer needs the day it was given (dd-mm-jjjj or jjjj-mm-dd)'
               WHEN t.scanned_day IS NULL THEN 'date ' || shown(t.scanned_on) || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd, a time after it may follow)'
               WHEN t.score IS NULL THEN 'score is empty'
               WHEN t.score_number IS NULL THEN
                   'score ' || shown(t.score) || ' is not a number on the scan''s scale ' || a.scale_min || '-' || a.scale_max
                   || CASE WHEN EXISTS (SELECT 1 FROM leercultuur_scale_label) THEN ' nor one of its answer labels' ELSE '' END
               WHEN t.score_number NOT BETWEEN a.scale_min AND a.scale_max THEN
                   'score ' || shown(t.score) || ' is outside the scan''s scale ' || a.scale_min || '-' || a.scale_max
                   || ' (leercultuurscan.scale in metrokaart.yaml); it is not clipped'
           END AS reject_reason
    FROM typed t CROSS JOIN scale a
)
SELECT * FROM judged;

INSERT INTO file_rejects
SELECT line, reject_column,
       CASE reject_column
           WHEN 'company_kvk' THEN shown(company_kvk) WHEN 'dimension' THEN shown(dimension) WHEN 'scanned_on' THEN shown(scanned_on)
           ELSE shown(score)
       END,
       -- a bad company or date in a wide row rejects each of its answers: say which one each reject is
       reject_reason || CASE WHEN item IS NOT NULL AND reject_column IN ('company_kvk', 'scanned_on')
                             THEN ' (not loaded: the answer to ''' || item || ''')' ELSE '' END
FROM leercultuurscan_checked
WHERE reject_reason IS NOT NULL;
