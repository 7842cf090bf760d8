-- stg_company_cohort: the companies of each run: the companies of its participants.
-- grain: one row per run and company of its participants
-- key: run_code, company_kvk
-- columns:
--   run_code      the run
--   company_kvk   a company of its participants (each participant's latest company)
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW stg_company_cohort AS
SELECT DISTINCT c.run_code, p.company_kvk
FROM stg_cohort c
JOIN stg_participant p USING (participant_key)
WHERE p.company_kvk IS NOT NULL;
