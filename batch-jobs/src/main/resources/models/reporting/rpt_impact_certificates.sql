-- rpt_impact_certificates(date_from, date_to): certificates earned (certificates_earned) in
-- [date_from, date_to], per quarter and certificate, per quarter, per certificate and in all.
-- grain: one row per quarter and certificate earned, per such quarter, per such certificate, and one for all
-- key: quarter, code (NULL in the totals)
-- columns:
--   quarter   the quarter (its first day); NULL in the period's totals
--   code      the certificate; NULL in the totals over certificates
--   name      its name
--   count     certificates earned
CREATE OR REPLACE MACRO rpt_impact_certificates(date_from, date_to) AS TABLE
SELECT CAST(date_trunc('quarter', e.earned_on) AS DATE) AS quarter, e.certificate_code AS code, max(c.name) AS name, count(*) AS count
FROM certificates_earned e
LEFT JOIN certificate c USING (certificate_code)
WHERE e.earned_on BETWEEN date_from AND date_to
GROUP BY GROUPING SETS ((quarter, e.certificate_code), (quarter), (e.certificate_code), ());
