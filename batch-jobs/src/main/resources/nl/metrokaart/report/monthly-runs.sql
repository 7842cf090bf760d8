-- The runs active in the reporting month: first session on or before its last day and last
-- session on or after its first day. Parameters: month start, month end.
SELECT o.run_code, o.lijn_code, l.name AS lijn_name, l.colour AS lijn_colour,
       o.first_session, o.last_session, o.participants, o.min_participants, o.max_participants,
       o.occupancy_rate, o.band_status
FROM run_occupancy o
LEFT JOIN lijn l USING (lijn_code)
WHERE o.first_session <= ? AND o.last_session >= ?
ORDER BY o.lijn_code, o.first_session, o.run_code
