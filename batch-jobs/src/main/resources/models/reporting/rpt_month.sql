-- rpt_month: the months the report layer is computed for: from the month before the earliest
-- session to the latest month of any source's data or today, whichever is later (a report for
-- another month computes its figures from the same definitions on demand; see ReportSession).
-- grain: one row per month
-- key: month
-- columns:
--   month            the month's first day
--   month_end        the month's last day (the report date of a monthly report)
--   year_start       1 January of the month's year (the start of its year to date)
--   previous_month   the first day of the month before
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_month AS
WITH bounds AS (
    SELECT date_trunc('month', min(session_date)) - INTERVAL 1 MONTH AS first_month,
           date_trunc('month', greatest(max(session_date), (SELECT max(data_up_to) FROM source_freshness), current_date)) AS last_month
    FROM enrolment
),
months AS (
    SELECT CAST(unnest(generate_series(first_month, last_month, INTERVAL 1 MONTH)) AS DATE) AS month
    FROM bounds
    WHERE first_month IS NOT NULL
)
SELECT month,
       CAST(month + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS month_end,
       CAST(date_trunc('year', month) AS DATE)                   AS year_start,
       CAST(month - INTERVAL 1 MONTH AS DATE)                    AS previous_month
FROM months;
