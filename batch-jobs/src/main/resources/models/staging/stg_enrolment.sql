-- stg_enrolment: every enrolment row with the flags the marts reason with.
-- Cancelled rows (geannuleerd) still count for a run's modules scheduled and its first/last
-- session, never for presence or participation. Present = aanwezig or te laat.
-- grain: one row per enrolment row
-- key: enrolment_id
-- columns:
--   enrolment_id      the row's id in the export
--   run_code          the run
--   lijn_code         the lijn the row names
--   module_code       the nanomodule of the session
--   session_date      the session's day
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   company_kvk       the company the row names
--   role              ondernemer or medewerker
--   status            ingeschreven or geannuleerd
--   attendance        aanwezig, afwezig, te laat or afgemeld (NULL: not registered)
--   source_sha256     the file it was loaded from (its hash)
--   source_line       its line in that file
--   is_cancelled      status geannuleerd
--   is_present        not cancelled and aanwezig or te laat
CREATE OR REPLACE VIEW stg_enrolment AS
SELECT e.*,
       e.status = 'geannuleerd'                          AS is_cancelled,
       e.status <> 'geannuleerd'
           AND e.attendance IN ('aanwezig', 'te laat')   AS is_present
FROM enrolment e;
