-- stg_conversion_window(d, window_months): per run, its last session, the end of its
-- conversion window (last session + W calendar months) and whether that window is still open at d.
-- grain: one row per run
-- key: run_code
-- columns:
--   run_code       the run
--   last_session   its last session
--   window_end     last session + W calendar months
--   window_open    window_end is after d
CREATE OR REPLACE MACRO stg_conversion_window(d, window_months) AS TABLE
SELECT run_code,
       last_session,
       CAST(last_session + to_months(CAST(window_months AS INTEGER)) AS DATE) AS window_end,
       CAST(last_session + to_months(CAST(window_months AS INTEGER)) AS DATE) > d AS window_open
FROM stg_run;
