-- stg_run: one row per run, with its lijn (the lijn most of its rows name), its modules
-- scheduled and its first and last session over all its rows, cancelled ones included.
-- grain: one row per run
-- key: run_code
-- columns:
--   run_code            the run
--   lijn_code           the lijn most of its rows name
--   modules_scheduled   its distinct modules (cancelled rows included)
--   first_session       its first session (cancelled rows included)
--   last_session        its last session (cancelled rows included)
CREATE OR REPLACE VIEW stg_run AS
SELECT run_code,
       mode(lijn_code)              AS lijn_code,
       count(DISTINCT module_code)  AS modules_scheduled,
       min(session_date)            AS first_session,
       max(session_date)            AS last_session
FROM enrolment
GROUP BY run_code;
