-- stg_conversion_window(d, window_months): per run, its last session, the end of its
-- conversion window (last session + W calendar months) and whether that window is still open at d.
CREATE OR REPLACE MACRO stg_conversion_window(d, window_months) AS TABLE
SELECT run_code,
       last_session,
       CAST(last_session + to_months(CAST(window_months AS INTEGER)) AS DATE) AS window_end,
       CAST(last_session + to_months(CAST(window_months AS INTEGER)) AS DATE) > d AS window_open
FROM stg_run;
