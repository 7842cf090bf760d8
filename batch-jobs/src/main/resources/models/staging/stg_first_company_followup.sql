-- stg_first_company_followup(d, window_months): the same with companies as units. The companies
-- of a run are those of its participants (each participant's company: their latest row).
-- Follow-ups of company K: those naming K (with or without a participant) and those of anyone
-- whose company is K, from any run.
-- grain: one row per run and converted company
-- key: run_code, company_kvk
-- columns:
--   run_code          the run
--   company_kvk       a company of its participants that converted
--   first_start       the start of its first qualifying follow-up
--   first_type        that follow-up's type (ties: alphabetical)
--   days_to_convert   days from the last session to first_start
CREATE OR REPLACE MACRO stg_first_company_followup(d, window_months) AS TABLE
WITH company_followups AS (
    SELECT company_kvk, start_date, followup_type FROM followup WHERE company_kvk IS NOT NULL
    UNION ALL
    SELECT p.company_kvk, f.start_date, f.followup_type
    FROM followup f JOIN stg_participant p USING (participant_key)
    WHERE p.company_kvk IS NOT NULL
),
qualifying AS (
    SELECT k.run_code, k.company_kvk, f.start_date, f.followup_type, w.last_session
    FROM stg_company_cohort k
    JOIN stg_conversion_window(d, window_months) w USING (run_code)
    JOIN company_followups f ON f.company_kvk = k.company_kvk
    WHERE f.start_date > w.last_session AND f.start_date <= w.window_end AND f.start_date <= d
)
SELECT run_code, company_kvk,
       min(start_date)                                      AS first_start,
       min_by(followup_type, (start_date, followup_type))   AS first_type,
       min(start_date) - any_value(last_session)            AS days_to_convert
FROM qualifying
GROUP BY run_code, company_kvk;
