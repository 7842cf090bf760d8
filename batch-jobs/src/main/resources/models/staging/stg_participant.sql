-- stg_participant: each participant once, with their company: the company on their latest
-- enrolment row (the latest session date; rows without a company do not count).
-- grain: one row per participant
-- key: participant_key
-- columns:
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   company_kvk       the company on their latest enrolment row that names one
CREATE OR REPLACE VIEW stg_participant AS
SELECT participant_key,
       arg_max(company_kvk, session_date) FILTER (WHERE company_kvk IS NOT NULL) AS company_kvk
FROM enrolment
GROUP BY participant_key;
