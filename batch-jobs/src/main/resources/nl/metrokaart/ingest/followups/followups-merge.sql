-- A newer delivery of a follow-up replaces the older one. The key (see V005): participant, type
-- and start date when a participant is named; else company, type and start date among the
-- company-level follow-ups. The pseudonym is computed once per row, here.
CREATE OR REPLACE TEMP TABLE followup_keyed AS
SELECT CASE WHEN participant_email IS NOT NULL THEN {{participant_key}} END AS participant_key,
       company_kvk, type_canonical AS followup_type, provider, start_day AS start_date, run_code, line
FROM followup_checked
WHERE reject_reason IS NULL;

DELETE FROM followup f
USING followup_keyed k
WHERE f.followup_type = k.followup_type AND f.start_date = k.start_date
  AND (f.participant_key = k.participant_key
       OR (f.participant_key IS NULL AND k.participant_key IS NULL AND f.company_kvk = k.company_kvk));

INSERT INTO followup
SELECT participant_key, company_kvk, followup_type, provider, start_date, run_code, '{{sha256}}', line
FROM followup_keyed;

DROP TABLE followup_keyed;
