-- monthly_occupancy: per month and lijn, the runs active in that month (first session on or
-- before its last day, last session on or after its first day), the distinct participants of
-- those runs, and how many of those runs are under the lijn's minimum. Only (month, lijn)
-- pairs with at least one active run are listed.
-- grain: one row per month and lijn with an active run
-- key: month, lijn_code
-- columns:
--   month                the month (first day)
--   lijn_code            the lijn
--   active_runs          its runs active in the month
--   participants         distinct participants of those runs
--   runs_below_minimum   of those runs, those under the minimum
CREATE OR REPLACE VIEW monthly_occupancy AS
WITH run_months AS (
    SELECT run_code, lijn_code, band_status,
           unnest(generate_series(date_trunc('month', first_session), date_trunc('month', last_session), INTERVAL 1 MONTH))::DATE AS month
    FROM run_occupancy
),
people AS (
    SELECT DISTINCT run_code, participant_key FROM stg_enrolment WHERE NOT is_cancelled
)
SELECT m.month,
       m.lijn_code,
       count(DISTINCT m.run_code)                                                AS active_runs,
       count(DISTINCT p.participant_key)                                         AS participants,
       count(DISTINCT m.run_code) FILTER (WHERE m.band_status = 'onder minimum') AS runs_below_minimum
FROM run_months m
LEFT JOIN people p USING (run_code)
GROUP BY m.month, m.lijn_code;
