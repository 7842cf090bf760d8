-- rpt_followup_type: the follow-up types a report lists: the catalogue's, and any other a follow-up names.
-- grain: one row per follow-up type
-- key: followup_type
-- columns:
--   followup_type   the type (opleiding, cursus, innovatieproject, ...)
CREATE OR REPLACE VIEW rpt_followup_type AS
SELECT followup_type FROM followup_type
UNION
SELECT DISTINCT followup_type FROM followup WHERE followup_type IS NOT NULL;
