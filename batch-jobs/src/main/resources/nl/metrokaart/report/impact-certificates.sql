-- Certificates earned (certificates_earned) in [$1, $2], per quarter and certificate, per quarter,
-- per certificate and in all (NULL for the totals), with the certificate's name.
SELECT CAST(date_trunc('quarter', e.earned_on) AS DATE) AS quarter, e.certificate_code AS code, max(c.name) AS name, count(*) AS count
FROM certificates_earned e
LEFT JOIN certificate c USING (certificate_code)
WHERE e.earned_on BETWEEN $1 AND $2
GROUP BY GROUPING SETS ((quarter, e.certificate_code), (quarter), (e.certificate_code), ())
