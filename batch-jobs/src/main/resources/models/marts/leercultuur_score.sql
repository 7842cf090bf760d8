-- leercultuur_score(d): per company, scan and dimension of the leercultuurscan, as it stood at d:
-- the respondents who scored the dimension and their mean score (each respondent's latest
-- response in the scan, stg_leercultuur_respondent). A scan is the export's scan/round, else a
-- calendar month; scan_date is its latest answer on or before d; scan_respondents the distinct
-- respondents of the scan (any dimension); scan_rank 1 is the company's latest scan on or before
-- d (latest scan_date, then the higher scan id), flagged is_latest. Reports hide a score over
-- fewer than k respondents; the mart gives every one. It reads the states computed once for every
-- date (leercultuur_score_history): the one that holds at d.
-- grain: one row per company, scan and dimension as it stood at d
-- key: company_kvk, scan_id, dimension_code
-- columns:
--   company_kvk        the company
--   scan_id            the scan
--   scan_date          its latest answer on or before d
--   scan_rank          1 for the company's latest scan, then down
--   is_latest          scan_rank = 1
--   scan_respondents   distinct respondents of the scan
--   dimension_code     the dimension
--   respondents        respondents who scored the dimension
--   score              their mean score
CREATE OR REPLACE MACRO leercultuur_score(d) AS TABLE
SELECT company_kvk, scan_id, scan_date, scan_rank, is_latest, scan_respondents, dimension_code, respondents, score
FROM leercultuur_score_history
WHERE valid_from <= d AND (valid_until IS NULL OR d < valid_until);
