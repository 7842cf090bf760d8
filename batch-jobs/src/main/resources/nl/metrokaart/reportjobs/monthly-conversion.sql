-- Conversion at the end of month $1 of every run started by then (rpt_cohort_conversion).
SELECT run_code, lijn_code, last_session, window_end, window_open, cohort_size, converted, conversion_rate,
       median_days_to_convert, companies, companies_converted, company_conversion_rate
FROM rpt_cohort_conversion
WHERE month = $1
ORDER BY last_session, run_code
