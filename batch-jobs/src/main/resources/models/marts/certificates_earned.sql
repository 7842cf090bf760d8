-- certificates_earned: a participant earns a certificate with an issued badge for every module
-- it requires, on the latest of the (earliest) badge dates of those modules.
-- grain: one row per participant and certificate earned
-- key: participant_key, certificate_code
-- columns:
--   participant_key    participant (keyed pseudonym of the e-mail address)
--   certificate_code   the certificate
--   earned_on          the latest of the earliest badge dates of its modules
-- materialized: table (recomputed after each ingest; see Models: every report reads it)
CREATE OR REPLACE VIEW certificates_earned AS
WITH required AS (
    SELECT certificate_code, count(DISTINCT module_code) AS modules FROM certificate_module GROUP BY certificate_code
)
SELECT b.participant_key, cm.certificate_code, max(b.issued_on) AS earned_on
FROM certificate_module cm
JOIN stg_badge b USING (module_code)
JOIN required r USING (certificate_code)
GROUP BY b.participant_key, cm.certificate_code, r.modules
HAVING count(DISTINCT cm.module_code) = r.modules;
