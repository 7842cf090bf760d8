-- stg_badge: issued badges (not revoked; Unaccepted, Rejected and expired ones stay issued),
-- the earliest per participant and module (a second badge for the same module does not count again).
-- grain: one row per participant and module with an issued badge
-- key: participant_key, module_code
-- columns:
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   module_code       the nanomodule of the badge
--   issued_on         the earliest issue date of an issued badge for it
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW stg_badge AS
SELECT participant_key, module_code, min(issued_on) AS issued_on
FROM badge
WHERE NOT revoked
GROUP BY participant_key, module_code;
