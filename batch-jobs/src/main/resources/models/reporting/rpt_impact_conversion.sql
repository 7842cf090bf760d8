-- rpt_impact_conversion(date_from, date_to): conversion at the end of date_to's month (the catalogue's
-- window; rpt_cohort_conversion, materialised per month) of the runs whose last session falls in
-- [date_from, date_to], per quarter of that session and in all: their participants and companies,
-- summed over runs, and whether any window is still open.
-- grain: one row per quarter with an ended run, and one for all
-- key: quarter (NULL for all)
-- columns:
--   quarter                   the quarter of the runs' last session (its first day); NULL for the period
--   runs                      runs ended
--   cohort_size               their participants, summed over runs
--   converted                 of those, converted by the end of date_to's month
--   conversion_rate           converted / cohort_size
--   window_open               whether any of those runs' windows is open then (the rate is provisional)
--   companies                 the runs' companies, summed over runs
--   companies_converted       of those, converted
--   company_conversion_rate   companies_converted / companies
CREATE OR REPLACE MACRO rpt_impact_conversion(date_from, date_to) AS TABLE
WITH ended AS (
    SELECT c.*, CAST(date_trunc('quarter', c.last_session) AS DATE) AS quarter
    FROM rpt_cohort_conversion c
    WHERE c.month = date_trunc('month', CAST(date_to AS DATE)) AND c.last_session BETWEEN date_from AND date_to
)
SELECT quarter, count(*) AS runs, sum(cohort_size) AS cohort_size, sum(converted) AS converted,
       sum(converted) / nullif(sum(cohort_size), 0) AS conversion_rate, bool_or(window_open) AS window_open,
       sum(companies) AS companies, sum(companies_converted) AS companies_converted,
       sum(companies_converted) / nullif(sum(companies), 0) AS company_conversion_rate
FROM ended
GROUP BY GROUPING SETS ((quarter), ());
