-- company_conversion(d, window_months): conversion with the companies of a run's participants
-- as units, counting follow-ups of the company itself and of any of its employees
-- (stg_first_company_followup). Columns as conversion; cohort_size counts companies.
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
SELECT w.run_code,
       count(DISTINCT k.company_kvk)                                   AS cohort_size,
       count(DISTINCT f.company_kvk)                                   AS converted,
       count(DISTINCT f.company_kvk) / count(DISTINCT k.company_kvk)   AS conversion_rate,
       w.window_open,
       median(f.days_to_convert)                                       AS median_days_to_convert
FROM stg_conversion_window(d, window_months) w
JOIN stg_company_cohort k USING (run_code)
LEFT JOIN stg_first_company_followup(d, window_months) f ON f.run_code = k.run_code AND f.company_kvk = k.company_kvk
GROUP BY w.run_code, w.window_open
ORDER BY w.run_code;
