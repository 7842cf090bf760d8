-- participant_completion: per participant of a run, the run's modules scheduled (distinct
-- module codes of all its rows, cancelled ones included), the modules the participant was
-- present at (aanwezig or te laat, on a row not cancelled), and whether that share reaches
-- the completion share of the catalogue (default 0.75: 3 of 4 completes). All sessions count,
-- whatever their date (funnel(d) asks stg_completion for the state at d).
CREATE OR REPLACE VIEW participant_completion AS
SELECT run_code, participant_key, modules_scheduled, modules_present, completed
FROM stg_completion(NULL);
