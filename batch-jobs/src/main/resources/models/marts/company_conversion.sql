-- company_conversion(d, window_months): conversion with the companies of a run's participants
-- as units, counting follow-ups of the company itself and of any of its employees
-- (stg_first_company_followup). Columns as conversion; cohort_size counts companies.
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
