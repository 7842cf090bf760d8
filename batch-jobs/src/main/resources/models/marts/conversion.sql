-- conversion(d, window_months): per run, its cohort (participants), how many converted (a
-- follow-up of theirs started after the last session, within W calendar months of it, and
-- on or before d), the rate, whether the window is still open at d (then the rate is
-- provisional), and the median days from the last session to the first qualifying follow-up.
-- grain: one row per run with participants
-- key: run_code
-- columns:
--   run_code                 the run
--   cohort_size              its participants
--   converted                of those, converted by d
--   conversion_rate          converted / cohort_size
--   window_open              the window is open at d (the rate is provisional)
--   median_days_to_convert   median days to the first qualifying follow-up; NULL without conversions
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
