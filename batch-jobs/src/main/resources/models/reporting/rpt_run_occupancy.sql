-- rpt_run_occupancy: the occupancy of every run (run_occupancy) with its lijn's name and colour,
-- as the Maandrapportage's occupancy sheet and the metrokaart picture list the runs active in a period.
-- grain: one row per run
-- key: run_code
-- columns:
--   run_code           the run (peer group)
--   lijn_code          its lijn
--   lijn_name          the lijn's name in the catalogue (NULL for a lijn the catalogue lacks)
--   lijn_colour        the lijn's colour in the catalogue
--   first_session      the run's first session (cancelled rows included)
--   last_session       the run's last session (cancelled rows included)
--   participants       participants of the run (a row not cancelled)
--   min_participants   the lijn's minimum (default 8)
--   max_participants   the lijn's maximum (default 20)
--   occupancy_rate     participants / max_participants
--   band_status        onder minimum, binnen band, vol or overboekt
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_run_occupancy AS
SELECT o.run_code, o.lijn_code, l.name AS lijn_name, l.colour AS lijn_colour,
       o.first_session, o.last_session, o.participants, o.min_participants, o.max_participants,
       o.occupancy_rate, o.band_status
FROM run_occupancy o
LEFT JOIN lijn l USING (lijn_code);
