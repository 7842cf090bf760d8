-- Certificates earned per certificate of the catalogue (rpt_certificates) of month $1.
SELECT certificate_code, name, kind, in_month, year_to_date, to_date
FROM rpt_certificates
WHERE month = $1
ORDER BY certificate_code
