-- Per company and dimension its latest scan on or before d with the scan before it
-- (rpt_leercultuur_scores). Parameters: d, a KVK number or NULL for every company, the same again.
SELECT company_kvk, company_name, scan_id, scan_date, scan_respondents, dimension_code, respondents, score,
       previous_scan_id, previous_scan_date, previous_respondents, previous_score
FROM rpt_leercultuur_scores(CAST(? AS DATE))
WHERE CAST(? AS VARCHAR) IS NULL OR company_kvk = CAST(? AS VARCHAR)
ORDER BY company_name NULLS LAST, company_kvk, dimension_position;
