-- leercultuur_change(d): per company with two scans or more on or before d and per dimension
-- scored in both, its latest scan against the one before (scan_rank 1 and 2 of leercultuur_score):
-- both scans' ids, dates, respondents and scores, and change = latest score - previous score.
-- grain: one row per company with two scans by d and dimension scored in both
-- key: company_kvk, dimension_code
-- columns:
--   company_kvk            the company
--   dimension_code         the dimension
--   scan_id                its latest scan
--   scan_date              that scan's date
--   respondents            its respondents on the dimension
--   score                  its score
--   previous_scan_id       the scan before it
--   previous_scan_date     that scan's date
--   previous_respondents   its respondents
--   previous_score         its score
--   change                 score - previous_score
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
