-- Conversion on day $3 (window $4 months) of the runs whose last session falls in [$1, $2], per
-- quarter of that session and in all (quarter NULL): their participants (conversion) and
-- companies (company_conversion), summed over runs, and whether any window is still open.
WITH ended AS (
    SELECT c.*, CAST(date_trunc('quarter', o.last_session) AS DATE) AS quarter,
           coalesce(k.cohort_size, 0) AS companies, coalesce(k.converted, 0) AS companies_converted
    FROM conversion($3, $4) c
    JOIN run_occupancy o USING (run_code)
    LEFT JOIN company_conversion($3, $4) k USING (run_code)
    WHERE o.last_session BETWEEN $1 AND $2
)
SELECT quarter, count(*) AS runs, sum(cohort_size) AS cohort_size, sum(converted) AS converted,
       sum(converted) / nullif(sum(cohort_size), 0) AS conversion_rate, bool_or(window_open) AS window_open,
       sum(companies) AS companies, sum(companies_converted) AS companies_converted,
       sum(companies_converted) / nullif(sum(companies), 0) AS company_conversion_rate
FROM ended
GROUP BY GROUPING SETS ((quarter), ())
