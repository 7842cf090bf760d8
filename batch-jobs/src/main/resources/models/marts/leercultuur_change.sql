-- leercultuur_change(d): per company with two scans or more on or before d and per dimension
-- scored in both, its latest scan against the one before (scan_rank 1 and 2 of leercultuur_score):
-- both scans' ids, dates, respondents and scores, and change = latest score - previous score.
CREATE OR REPLACE MACRO leercultuur_change(d) AS TABLE
SELECT l.company_kvk, l.dimension_code,
       l.scan_id, l.scan_date, l.respondents, l.score,
       p.scan_id     AS previous_scan_id,
       p.scan_date   AS previous_scan_date,
       p.respondents AS previous_respondents,
       p.score       AS previous_score,
       l.score - p.score AS change
FROM leercultuur_score(d) l
JOIN leercultuur_score(d) p ON p.company_kvk = l.company_kvk AND p.dimension_code = l.dimension_code AND p.scan_rank = 2
WHERE l.scan_rank = 1;
