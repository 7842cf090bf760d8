-- stg_participant: each participant once, with their company: the company on their latest
-- enrolment row (the latest session date; rows without a company do not count).
CREATE OR REPLACE VIEW stg_participant AS
SELECT participant_key,
       arg_max(company_kvk, session_date) FILTER (WHERE company_kvk IS NOT NULL) AS company_kvk
FROM enrolment
GROUP BY participant_key;
