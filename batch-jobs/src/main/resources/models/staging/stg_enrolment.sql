-- stg_enrolment: every enrolment row with the flags the marts reason with.
-- Cancelled rows (geannuleerd) still count for a run's modules scheduled and its first/last
-- session, never for presence or participation. Present = aanwezig or te laat.
CREATE OR REPLACE VIEW stg_enrolment AS
SELECT e.*,
       e.status = 'geannuleerd'                          AS is_cancelled,
       e.status <> 'geannuleerd'
           AND e.attendance IN ('aanwezig', 'te laat')   AS is_present
FROM enrolment e;
