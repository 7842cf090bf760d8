-- The metrokaart picture's lijnen in catalogue order with their active runs per band status (rpt_map_lijn).
-- Parameters: period end, period start.
SELECT lijn_code, name, colour, band_status, runs FROM rpt_map_lijn(CAST($2 AS DATE), CAST($1 AS DATE))
ORDER BY lijn_position, band_status
