-- leercultuur_score(d): per company, scan and dimension of the leercultuurscan, as it stood at d:
-- the respondents who scored the dimension and their mean score (each respondent's latest
-- response in the scan, stg_leercultuur_respondent). A scan is the export's scan/round, else a
-- calendar month; scan_date is its latest answer on or before d; scan_respondents the distinct
-- respondents of the scan (any dimension); scan_rank 1 is the company's latest scan on or before
-- d (latest scan_date, then the higher scan id), flagged is_latest. Reports hide a score over
-- fewer than k respondents; the mart gives every one.
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
WITH respondent AS (
    SELECT * FROM stg_leercultuur_respondent(d)
),
scans AS (
    SELECT company_kvk, scan_id, max(scanned_on) AS scan_date, count(DISTINCT respondent_key) AS scan_respondents
    FROM respondent
    GROUP BY company_kvk, scan_id
),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY company_kvk ORDER BY scan_date DESC, scan_id DESC) AS scan_rank
    FROM scans
)
SELECT r.company_kvk, r.scan_id, s.scan_date, s.scan_rank, s.scan_rank = 1 AS is_latest, s.scan_respondents,
       r.dimension_code,
       count(*)     AS respondents,
       -- averaged as DECIMAL: an exact sum, so the same answers give the same last digit however threads add them
       avg(r.score::DECIMAL(38,18)) AS score
FROM respondent r
JOIN ranked s USING (company_kvk, scan_id)
GROUP BY r.company_kvk, r.scan_id, s.scan_date, s.scan_rank, s.scan_respondents, r.dimension_code;
