-- conversion(d, window_months): per run, its cohort (participants), how many converted (a
-- follow-up of theirs started after the last session, within W calendar months of it, and
-- on or before d), the rate, whether the window is still open at d (then the rate is
-- provisional), and the median days from the last session to the first qualifying follow-up.
-- Defined once over a list of dates: conversions([d], W).
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
SELECT * EXCLUDE (as_of) FROM conversions([d], window_months) ORDER BY run_code;
