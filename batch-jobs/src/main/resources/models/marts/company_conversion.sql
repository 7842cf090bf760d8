-- company_conversion(d, window_months): conversion with the companies of a run's participants
-- as units, counting follow-ups of the company itself and of any of its employees
-- (stg_first_company_followup). Columns as conversion; cohort_size counts companies.
-- Defined once over a list of dates: company_conversions([d], W).
-- grain: one row per run
-- key: run_code
-- columns:
--   run_code                 the run
--   cohort_size              companies of its participants
--   converted                of those, converted by d
--   conversion_rate          converted / cohort_size
--   window_open              the window is open at d (the rate is provisional)
--   median_days_to_convert   median days to the first qualifying follow-up
CREATE OR REPLACE MACRO company_conversion(d, window_months) AS TABLE
SELECT * EXCLUDE (as_of) FROM company_conversions([d], window_months) ORDER BY run_code;
