-- The runs active in the reporting month (rpt_run_occupancy): first session on or before its last
-- day and last session on or after its first day. Parameters: month end, month start.
SELECT run_code, lijn_code, lijn_name, lijn_colour, first_session, last_session, participants,
       min_participants, max_participants, occupancy_rate, band_status
FROM rpt_run_occupancy
WHERE first_session <= ? AND last_session >= ?
ORDER BY lijn_code, first_session, run_code
