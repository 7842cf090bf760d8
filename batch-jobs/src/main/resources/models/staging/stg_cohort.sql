-- stg_cohort: the participants of each run (a row not cancelled), with the run's lijn and
-- its first and last session.
-- grain: one row per run and participant
-- key: run_code, participant_key
-- columns:
--   run_code          the run
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   lijn_code         the run's lijn
--   first_session     the run's first session
--   last_session      the run's last session
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW stg_cohort AS
SELECT DISTINCT e.run_code, e.participant_key, r.lijn_code, r.first_session, r.last_session
FROM stg_enrolment e
JOIN stg_run r USING (run_code)
WHERE NOT e.is_cancelled;
