-- rpt_occupancy_trend: occupancy per lijn per month (monthly_occupancy) with the lijn's name and
-- colour: the Maandrapportage's trend sheet and chart.
-- grain: one row per month and lijn with at least one active run
-- key: month, lijn_code
-- columns:
--   month                the month's first day
--   lijn_code            the lijn
--   lijn_name            its name in the catalogue
--   lijn_colour          its colour in the catalogue
--   active_runs          runs of the lijn active in the month
--   participants         distinct participants of those runs
--   runs_below_minimum   of those runs, those under the lijn's minimum
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_occupancy_trend AS
SELECT m.month, m.lijn_code, l.name AS lijn_name, l.colour AS lijn_colour,
       m.active_runs, m.participants, m.runs_below_minimum
FROM monthly_occupancy m
LEFT JOIN lijn l USING (lijn_code);
