-- Per company and dimension its latest scan on or before d (leercultuur_score, is_latest) with the
-- scan before it (leercultuur_change), and the company's name from the companies file.
-- Parameters: d, d, a KVK number or NULL for every company, the same again.
SELECT s.company_kvk, c.name AS company_name, s.scan_id, s.scan_date, s.scan_respondents, s.dimension_code, s.respondents, s.score,
       ch.previous_scan_id, ch.previous_scan_date, ch.previous_respondents, ch.previous_score
FROM leercultuur_score(CAST(? AS DATE)) s
JOIN leercultuur_dimension d USING (dimension_code)
LEFT JOIN leercultuur_change(CAST(? AS DATE)) ch USING (company_kvk, dimension_code)
LEFT JOIN company c USING (company_kvk)
WHERE s.is_latest AND (CAST(? AS VARCHAR) IS NULL OR s.company_kvk = CAST(? AS VARCHAR))
ORDER BY c.name NULLS LAST, s.company_kvk, d.position;
