-- The funnel (funnel) on day $1 of every run started by then, with its lijn, first and last
-- session and whether its conversion window is open (conversion, window $2 months); and a last
-- row with run_code NULL: all those runs together (their counts summed, shares of the sums).
WITH runs AS (
    SELECT f.*, o.lijn_code, o.first_session, o.last_session, c.window_open
    FROM funnel($1) f
    JOIN run_occupancy o USING (run_code)
    JOIN conversion($1, $2) c USING (run_code)
    WHERE o.first_session <= $1
)
SELECT run_code, lijn_code, first_session, last_session, enrolled, present_any, completed, with_badge, with_followup,
       present_any_share, completed_share, with_badge_share, with_followup_share, window_open, 0 AS total
FROM runs
UNION ALL
SELECT NULL, NULL, min(first_session), max(last_session), sum(enrolled), sum(present_any), sum(completed), sum(with_badge),
       sum(with_followup), sum(present_any) / sum(enrolled), sum(completed) / sum(enrolled), sum(with_badge) / sum(enrolled),
       sum(with_followup) / sum(enrolled), bool_or(window_open), 1
FROM runs
HAVING count(*) > 0
ORDER BY total, last_session, run_code
