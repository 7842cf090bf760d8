-- stg_leercultuur_respondent(d): per company, scan, respondent and dimension of the catalogue's
-- leercultuurscan, the respondent's score as it stood at d: of their answers on or before d, the
-- latest response (latest date, then the later line of the file), the mean of its items of that
-- dimension (a long export has one item per dimension: the answer itself).
-- grain: one row per company, scan, respondent and dimension
-- key: company_kvk, scan_id, respondent_key, dimension_code
-- columns:
--   company_kvk      the company
--   scan_id          the scan (round, else calendar month)
--   respondent_key   the respondent (pseudonym)
--   dimension_code   the dimension of the scan
--   scanned_on       the day of the respondent's latest response
--   score            the mean of its items of the dimension
--   items            the items of the dimension answered
CREATE OR REPLACE MACRO stg_leercultuur_respondent(d) AS TABLE
WITH ranked AS (
    SELECT a.*,
           dense_rank() OVER (PARTITION BY a.company_kvk, a.scan_id, a.respondent_key, a.dimension_code
                              ORDER BY a.scanned_on DESC, a.source_line DESC) AS recency
    FROM leercultuur_answer a
    JOIN leercultuur_dimension USING (dimension_code)
    WHERE a.scanned_on <= d
)
SELECT company_kvk, scan_id, respondent_key, dimension_code,
       max(scanned_on) AS scanned_on,
       avg(score::DECIMAL(38,18)) AS score,
       count(*)        AS items
FROM ranked
WHERE recency = 1
GROUP BY company_kvk, scan_id, respondent_key, dimension_code;
