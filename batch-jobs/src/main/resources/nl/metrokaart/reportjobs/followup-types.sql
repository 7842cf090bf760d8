-- The follow-up types (rpt_followup_type).
SELECT followup_type FROM rpt_followup_type ORDER BY followup_type
