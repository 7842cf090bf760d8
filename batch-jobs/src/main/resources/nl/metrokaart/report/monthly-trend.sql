-- Occupancy per lijn per month (monthly_occupancy) for the months $1 .. $2 (first days), with
-- the lijn's name and colour.
SELECT m.month, m.lijn_code, l.name AS lijn_name, l.colour AS lijn_colour,
       m.active_runs, m.participants, m.runs_below_minimum
FROM monthly_occupancy m
LEFT JOIN lijn l USING (lijn_code)
WHERE m.month BETWEEN $1 AND $2
ORDER BY m.month, m.lijn_code
