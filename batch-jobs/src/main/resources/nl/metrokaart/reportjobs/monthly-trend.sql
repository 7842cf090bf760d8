-- Occupancy per lijn per month (rpt_occupancy_trend) for the months $1 .. $2 (first days).
SELECT month, lijn_code, lijn_name, lijn_colour, active_runs, participants, runs_below_minimum
FROM rpt_occupancy_trend
WHERE month BETWEEN $1 AND $2
ORDER BY month, lijn_code
