-- company_conversions(dates, window_months): company_conversion of every run at each day of a list
-- of dates, in one set-based query: the one definition of company_conversion(d, W) and of the
-- companies of rpt_cohort_conversion (every month's end). A company converted by d is one whose
-- first qualifying follow-up (stg_first_company_followup, without a date limit) starts on or before d.
-- grain: one row per date of the list and run with companies
-- key: as_of, run_code
-- columns:
--   as_of                    the date of the list (the conversion as it stands at that day)
--   run_code                 the run
--   cohort_size              companies of its participants
--   converted                of those, converted by as_of
--   conversion_rate          converted / cohort_size
--   window_open              the window is open at as_of (the rate is provisional)
--   median_days_to_convert   median days to the first qualifying follow-up of those converted by as_of
CREATE OR REPLACE MACRO company_conversions(dates, window_months) AS TABLE
WITH asked AS (
    SELECT DISTINCT CAST(d AS DATE) AS as_of FROM (SELECT unnest(dates) AS d)
),
cohorts AS (
    SELECT w.run_code, any_value(w.window_end) AS window_end, count(DISTINCT k.company_kvk) AS cohort_size
    FROM stg_conversion_window(DATE '9999-12-31', window_months) w
    JOIN stg_company_cohort k USING (run_code)
    GROUP BY w.run_code
),
firsts AS (
    SELECT run_code, first_start, days_to_convert FROM stg_first_company_followup(DATE '9999-12-31', window_months)
),
converted AS (
    SELECT a.as_of, f.run_code, count(*) AS converted, median(f.days_to_convert) AS median_days_to_convert
    FROM asked a JOIN firsts f ON f.first_start <= a.as_of
    GROUP BY a.as_of, f.run_code
)
SELECT a.as_of, k.run_code, k.cohort_size,
       coalesce(v.converted, 0)                 AS converted,
       coalesce(v.converted, 0) / k.cohort_size AS conversion_rate,
       k.window_end > a.as_of                   AS window_open,  -- stg_conversion_window's rule at as_of
       v.median_days_to_convert
FROM asked a
CROSS JOIN cohorts k
LEFT JOIN converted v ON v.as_of = a.as_of AND v.run_code = k.run_code;
