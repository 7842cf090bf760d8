-- The board's figures as they stand on one day $1: the conversion of every run ended by then
-- (conversion; provisional while a window is open), and the skill gaps (skill_gap): rated
-- participants, the mean gap and the share at or above target over the rated rows.
-- $2: the conversion window in months.
WITH converting AS (
    SELECT c.*
    FROM conversion($1, $2) c
    JOIN run_occupancy o USING (run_code)
    WHERE o.last_session <= $1
),
gaps AS (
    SELECT * FROM skill_gap($1)
)
SELECT (SELECT coalesce(sum(cohort_size), 0) FROM converting)                     AS cohort_size,
       (SELECT coalesce(sum(converted), 0) FROM converting)                       AS cohort_converted,
       (SELECT sum(converted) / nullif(sum(cohort_size), 0) FROM converting)      AS conversion_rate,
       (SELECT coalesce(bool_or(window_open), false) FROM converting)             AS any_window_open,
       (SELECT count(DISTINCT participant_key) FILTER (WHERE gap IS NOT NULL) FROM gaps) AS rated_participants,
       (SELECT avg(gap) FROM gaps)                                                AS mean_gap,
       (SELECT avg(CASE WHEN gap IS NOT NULL THEN CAST(gap = 0 AS INTEGER) END) FROM gaps) AS at_target_share
