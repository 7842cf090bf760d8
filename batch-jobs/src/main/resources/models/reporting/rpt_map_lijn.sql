-- rpt_map_lijn(date_from, date_to): the metrokaart picture's lijnen, each with its runs active in
-- [date_from, date_to] (run_occupancy: first session on or before date_to, last on or after
-- date_from) per band status; a lijn without active runs has one row with band_status NULL. Runs of
-- a lijn the catalogue does not hold are not drawn.
-- grain: one row per lijn of the catalogue and band status of its active runs (or one with none)
-- key: lijn_code, band_status
-- columns:
--   lijn_code       the lijn
--   name            its name
--   colour          its colour
--   band_status     the band status of its active runs; NULL without any
--   runs            its active runs with that status
--   lijn_position   the lijn's place in the catalogue
CREATE OR REPLACE MACRO rpt_map_lijn(date_from, date_to) AS TABLE
WITH active AS (
    SELECT lijn_code, band_status, count(*) AS runs
    FROM run_occupancy
    WHERE first_session <= date_to AND last_session >= date_from
    GROUP BY lijn_code, band_status
)
SELECT l.lijn_code, l.name, l.colour, a.band_status, coalesce(a.runs, 0) AS runs, l.rowid AS lijn_position
FROM lijn l
LEFT JOIN active a USING (lijn_code);
