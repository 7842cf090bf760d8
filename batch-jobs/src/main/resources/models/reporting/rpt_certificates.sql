-- rpt_certificates: per month of rpt_month and certificate of the catalogue, the certificates
-- earned (certificates_earned) in the month, in the year to date and up to the month's end.
-- grain: one row per month and certificate of the catalogue
-- key: month, certificate_code
-- columns:
--   month              the month's first day
--   certificate_code   the certificate
--   name               its name
--   kind               its kind (mbo-certificaat, branchecertificaat, ...)
--   in_month           certificates earned in the month
--   year_to_date       certificates earned from 1 January to the month's end
--   to_date            certificates earned up to the month's end
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_certificates AS
SELECT r.month, c.certificate_code, c.name, c.kind,
       count(e.participant_key) FILTER (WHERE e.earned_on BETWEEN r.month AND r.month_end)      AS in_month,
       count(e.participant_key) FILTER (WHERE e.earned_on BETWEEN r.year_start AND r.month_end) AS year_to_date,
       count(e.participant_key) FILTER (WHERE e.earned_on <= r.month_end)                       AS to_date
FROM rpt_month r
CROSS JOIN certificate c
LEFT JOIN certificates_earned e USING (certificate_code)
GROUP BY ALL;
