-- rpt_cohort_conversion: conversion at the end of every month of rpt_month (catalogue's window) of
-- every run whose first session is on or before that day: its participants (conversions) and its
-- companies (company_conversions) as cohorts, the run's lijn, last session and window's end; all
-- months in one set-based query over the list of month ends, not a call per month.
-- grain: one row per month and run started by the month's end
-- key: month, run_code
-- columns:
--   month                     the month's first day (the conversion as it stands at its last day)
--   run_code                  the run
--   lijn_code                 its lijn
--   last_session              its last session
--   window_end                the end of its conversion window (last session + W calendar months)
--   window_open               whether that window is open at the month's end (the rate is provisional)
--   cohort_size               participants of the run
--   converted                 of those, converted by the month's end
--   conversion_rate           converted / cohort_size
--   median_days_to_convert    median days from the last session to the first qualifying follow-up; NULL without conversions
--   companies                 companies of the run's participants
--   companies_converted       of those, converted by the month's end (company_conversion)
--   company_conversion_rate   companies_converted / companies; NULL without companies
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_cohort_conversion AS
WITH months AS (
    SELECT list(month_end) AS ends FROM rpt_month
)
SELECT m.month, c.run_code, o.lijn_code, o.last_session,
       CAST(o.last_session + to_months(CAST(r.conversion_window_months AS INTEGER)) AS DATE) AS window_end,
       c.window_open, c.cohort_size, c.converted, c.conversion_rate, c.median_days_to_convert,
       coalesce(k.cohort_size, 0) AS companies, coalesce(k.converted, 0) AS companies_converted,
       k.conversion_rate AS company_conversion_rate
FROM rpt_month m
CROSS JOIN stg_rules r
JOIN conversions((SELECT ends FROM months), (SELECT conversion_window_months FROM stg_rules)) c ON c.as_of = m.month_end
JOIN run_occupancy o ON o.run_code = c.run_code
LEFT JOIN company_conversions((SELECT ends FROM months), (SELECT conversion_window_months FROM stg_rules)) k
  ON k.as_of = m.month_end AND k.run_code = c.run_code
WHERE o.first_session <= m.month_end;
