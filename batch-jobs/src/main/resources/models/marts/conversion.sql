-- conversion(d, window_months): per run, its cohort (participants), how many converted (a
-- follow-up of theirs started after the last session, within W calendar months of it, and
-- on or before d), the rate, whether the window is still open at d (then the rate is
-- provisional), and the median days from the last session to the first qualifying follow-up.
CREATE OR REPLACE MACRO conversion(d, window_months) AS TABLE
SELECT w.run_code,
       count(DISTINCT c.participant_key)                                 AS cohort_size,
       count(DISTINCT f.participant_key)                                 AS converted,
       count(DISTINCT f.participant_key) / count(DISTINCT c.participant_key) AS conversion_rate,
       w.window_open,
       median(f.days_to_convert)                                         AS median_days_to_convert
FROM stg_conversion_window(d, window_months) w
JOIN stg_cohort c USING (run_code)
LEFT JOIN stg_first_followup(d, window_months) f ON f.run_code = c.run_code AND f.participant_key = c.participant_key
GROUP BY w.run_code, w.window_open
ORDER BY w.run_code;
