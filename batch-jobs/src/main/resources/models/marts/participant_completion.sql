-- participant_completion: per participant of a run, the run's modules scheduled (distinct
-- module codes of all its rows, cancelled ones included), the modules the participant was
-- present at (aanwezig or te laat, on a row not cancelled), and whether that share reaches
-- the completion share of the catalogue (default 0.75: 3 of 4 completes). All sessions count,
-- whatever their date (funnel(d) asks stg_completion for the state at d).
-- grain: one row per participant of a run
-- key: run_code, participant_key
-- columns:
--   run_code            the run
--   participant_key     participant (keyed pseudonym of the e-mail address)
--   modules_scheduled   the run's distinct modules (cancelled rows included)
--   modules_present     modules the participant was present at (any date)
--   completed           modules_present / modules_scheduled reaches the completion share
--   present_on          the first session the participant was present at; NULL if none
--   completed_on        the day completed was reached (funnels reads the state at any day from it); NULL if not reached
-- materialized: table (recomputed after each ingest; see Models: every report reads it)
CREATE OR REPLACE VIEW participant_completion AS
SELECT run_code, participant_key, modules_scheduled, modules_present, completed, present_on, completed_on
FROM stg_completion(NULL);
