-- run_occupancy: the participants of each run against its lijn's band [min, max].
-- Participant of a run: at least one enrolment row in the run that is not geannuleerd.
-- Band status: onder minimum (< min), binnen band (min..max-1), vol (= max), overboekt (> max).
-- A lijn missing from the catalogue gets the default band 8-20.
-- grain: one row per run
-- key: run_code
-- columns:
--   run_code           the run
--   lijn_code          its lijn
--   first_session      its first session (cancelled rows included)
--   last_session       its last session (cancelled rows included)
--   participants       its participants (a row not cancelled)
--   min_participants   the lijn's minimum (default 8)
--   max_participants   the lijn's maximum (default 20)
--   occupancy_rate     participants / max_participants
--   band_status        onder minimum, binnen band, vol or overboekt
-- materialized: table (recomputed after each ingest; see Models: every report reads it)
CREATE OR REPLACE VIEW run_occupancy AS
WITH participation AS (
    SELECT run_code, count(DISTINCT participant_key) FILTER (WHERE NOT is_cancelled) AS participants
    FROM stg_enrolment
    GROUP BY run_code
)
SELECT r.run_code,
       r.lijn_code,
       r.first_session,
       r.last_session,
       p.participants,
       coalesce(l.min_participants, 8)  AS min_participants,
       coalesce(l.max_participants, 20) AS max_participants,
       p.participants / coalesce(l.max_participants, 20) AS occupancy_rate,
       CASE
           WHEN p.participants < coalesce(l.min_participants, 8) THEN 'onder minimum'
           WHEN p.participants < coalesce(l.max_participants, 20) THEN 'binnen band'
           WHEN p.participants = coalesce(l.max_participants, 20) THEN 'vol'
           ELSE 'overboekt'
       END AS band_status
FROM stg_run r
JOIN participation p USING (run_code)
LEFT JOIN lijn l USING (lijn_code);
