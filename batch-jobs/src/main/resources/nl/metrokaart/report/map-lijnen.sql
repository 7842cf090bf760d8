-- The metrokaart picture's lijnen in catalogue order, each with its runs active in the period
-- (run_occupancy: first session on or before its last day, last session on or after its first
-- day) per band status; a lijn without active runs has one row with band_status NULL.
-- Runs of a lijn the catalogue does not hold are not drawn. Parameters: period end, period start.
WITH active AS (
    SELECT lijn_code, band_status, count(*) AS runs
    FROM run_occupancy
    WHERE first_session <= ? AND last_session >= ?
    GROUP BY lijn_code, band_status
)
SELECT l.lijn_code, l.name, l.colour, a.band_status, coalesce(a.runs, 0) AS runs
FROM lijn l
LEFT JOIN active a USING (lijn_code)
ORDER BY l.rowid, a.band_status
