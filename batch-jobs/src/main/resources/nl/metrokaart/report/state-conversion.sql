-- The conversion of every run ended by day $1 (conversion, window $2 months), as it stands on
-- that day: participants (per run, summed), converted, the rate, and whether any window is still
-- open (then the rate is provisional).
WITH converting AS MATERIALIZED (
    SELECT c.*
    FROM conversion($1, $2) c
    JOIN run_occupancy o USING (run_code)
    WHERE o.last_session <= $1
)
SELECT coalesce(sum(cohort_size), 0)                  AS cohort_size,
       coalesce(sum(converted), 0)                    AS cohort_converted,
       sum(converted) / nullif(sum(cohort_size), 0)   AS conversion_rate,
       coalesce(bool_or(window_open), false)          AS any_window_open
FROM converting
