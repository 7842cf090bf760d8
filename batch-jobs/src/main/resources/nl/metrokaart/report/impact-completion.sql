-- Completion (participant_completion) of the runs whose last session falls in [$1, $2], per
-- quarter of that session and lijn, per quarter, per lijn and in all (lijn_code and/or quarter
-- NULL for the totals; the quarters of a lijn add up to its period, the lijnen to all).
WITH ended AS (
    SELECT run_code, lijn_code, CAST(date_trunc('quarter', last_session) AS DATE) AS quarter
    FROM run_occupancy
    WHERE last_session BETWEEN $1 AND $2
)
SELECT e.quarter, e.lijn_code, max(l.name) AS lijn_name,
       count(DISTINCT e.run_code)                                     AS runs,
       count(pc.participant_key)                                      AS participants,
       count(pc.participant_key) FILTER (WHERE pc.completed)          AS completed,
       count(pc.participant_key) FILTER (WHERE pc.completed) / nullif(count(pc.participant_key), 0) AS completion_rate
FROM ended e
LEFT JOIN participant_completion pc USING (run_code)
LEFT JOIN lijn l USING (lijn_code)
GROUP BY GROUPING SETS ((e.quarter, e.lijn_code), (e.quarter), (e.lijn_code), ())
