-- rpt_leercultuur_scores(d): the leercultuur sheets' table: per company and dimension its latest
-- scan on or before d (leercultuur_score, is_latest) beside the scan before it (leercultuur_change),
-- with the company's name from the companies file and the dimension's position in the catalogue.
-- grain: one row per company with a scan on or before d and dimension scored in its latest scan
-- key: company_kvk, dimension_code
-- columns:
--   company_kvk            the company
--   company_name           its name in the companies file; NULL when no file holds it
--   scan_id                its latest scan on or before d
--   scan_date              that scan's date
--   scan_respondents       that scan's distinct respondents
--   dimension_code         the dimension
--   dimension_position     the dimension's place in the catalogue (for the order of a sheet)
--   respondents            respondents who scored the dimension in that scan
--   score                  their mean score
--   previous_scan_id       the company's scan before it; NULL without one
--   previous_scan_date     that scan's date
--   previous_respondents   its respondents on the dimension
--   previous_score         its score
CREATE OR REPLACE MACRO rpt_leercultuur_scores(d) AS TABLE
SELECT s.company_kvk, c.name AS company_name, s.scan_id, s.scan_date, s.scan_respondents, s.dimension_code,
       dim.position AS dimension_position, s.respondents, s.score,
       ch.previous_scan_id, ch.previous_scan_date, ch.previous_respondents, ch.previous_score
FROM leercultuur_score(d) s
JOIN leercultuur_dimension dim USING (dimension_code)
LEFT JOIN leercultuur_change(d) ch USING (company_kvk, dimension_code)
LEFT JOIN company c USING (company_kvk)
WHERE s.is_latest;
