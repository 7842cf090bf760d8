-- leercultuur_score_history: leercultuur_score (the one definition leercultuur_score(d) and every
-- leercultuur mart read) at every date at once. A company's scores at d depend only on its own
-- answers on or before d (stg_leercultuur_respondent), so they change only on a day the company has
-- an answer: a state holds from such a day to the day before the company's next answer day. Each
-- state is stg_leercultuur_respondent at its first day, for that company, grouped as
-- leercultuur_score groups it. Computed once by the ingest's models step: a report filters it.
-- grain: one row per company, state (an answer day of the company), scan and dimension
-- key: company_kvk, valid_from, scan_id, dimension_code
-- columns:
--   company_kvk        the company
--   valid_from         a day the company has an answer: the state holds from it
--   valid_until        the company's next answer day, the first day the state no longer holds; NULL: it still holds
--   scan_id            the scan
--   scan_date          its latest answer on or before valid_from
--   scan_rank          1 for the company's latest scan, then down
--   is_latest          scan_rank = 1
--   scan_respondents   distinct respondents of the scan
--   dimension_code     the dimension
--   respondents        respondents who scored the dimension
--   score              their mean score
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW leercultuur_score_history AS
WITH states AS (
    SELECT company_kvk, day AS valid_from, lead(day) OVER (PARTITION BY company_kvk ORDER BY day) AS valid_until
    FROM (SELECT DISTINCT company_kvk, scanned_on AS day FROM leercultuur_answer)
),
respondent AS (
    SELECT s.valid_from, s.valid_until, r.*
    FROM states s, LATERAL (SELECT * FROM stg_leercultuur_respondent(s.valid_from) x WHERE x.company_kvk = s.company_kvk) r
),
scans AS (
    SELECT company_kvk, valid_from, scan_id, max(scanned_on) AS scan_date, count(DISTINCT respondent_key) AS scan_respondents
    FROM respondent
    GROUP BY company_kvk, valid_from, scan_id
),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY company_kvk, valid_from ORDER BY scan_date DESC, scan_id DESC) AS scan_rank
    FROM scans
)
SELECT r.company_kvk, r.valid_from, r.valid_until, r.scan_id, s.scan_date, s.scan_rank, s.scan_rank = 1 AS is_latest,
       s.scan_respondents, r.dimension_code,
       count(*)     AS respondents,
       -- averaged as DECIMAL: an exact sum, so the same answers give the same last digit however threads add them
       avg(r.score::DECIMAL(38,18)) AS score
FROM respondent r
JOIN ranked s USING (company_kvk, valid_from, scan_id)
GROUP BY r.company_kvk, r.valid_from, r.valid_until, r.scan_id, s.scan_date, s.scan_rank, s.scan_respondents, r.dimension_code;
