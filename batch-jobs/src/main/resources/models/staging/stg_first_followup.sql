-- stg_first_followup(d, window_months): per participant of a run who converted, the first
-- qualifying follow-up of that participant: starting after the run's last session, no later
-- than the window's end, and on or before d. Ties on the first day go to the type first in
-- alphabetical order. Company-level follow-ups (no participant) count for companies only.
-- grain: one row per run and converted participant
-- key: run_code, participant_key
-- columns:
--   run_code          the run
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   first_start       the start of the first qualifying follow-up
--   first_type        that follow-up's type (ties: alphabetical)
--   days_to_convert   days from the last session to first_start
CREATE OR REPLACE MACRO stg_first_followup(d, window_months) AS TABLE
SELECT c.run_code,
       c.participant_key,
       min(f.start_date)                                        AS first_start,
       min_by(f.followup_type, (f.start_date, f.followup_type)) AS first_type,
       min(f.start_date) - any_value(w.last_session)            AS days_to_convert
FROM stg_cohort c
JOIN stg_conversion_window(d, window_months) w USING (run_code)
JOIN followup f ON f.participant_key = c.participant_key
WHERE f.start_date > w.last_session AND f.start_date <= w.window_end AND f.start_date <= d
GROUP BY c.run_code, c.participant_key;
