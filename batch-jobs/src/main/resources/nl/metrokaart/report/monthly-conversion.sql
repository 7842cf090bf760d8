-- Conversion on day $1 (window $2 months) of every run started by then: its participants
-- (conversion) and its companies (company_conversion) as cohorts, the run's lijn, last session
-- and the end of its window (last session + $2 calendar months, as the marts take it).
SELECT c.run_code, o.lijn_code, o.last_session,
       CAST(o.last_session + to_months(CAST($2 AS INTEGER)) AS DATE) AS window_end,
       c.window_open, c.cohort_size, c.converted, c.conversion_rate, c.median_days_to_convert,
       coalesce(k.cohort_size, 0) AS companies, coalesce(k.converted, 0) AS companies_converted,
       k.conversion_rate AS company_conversion_rate
FROM conversion($1, $2) c
JOIN run_occupancy o USING (run_code)
LEFT JOIN company_conversion($1, $2) k USING (run_code)
WHERE o.first_session <= $1
ORDER BY o.last_session, c.run_code
