-- Converted participants per run by the type of their first follow-up (rpt_conversion_by_type) at the end of month $1.
SELECT run_code, followup_type, converted FROM rpt_conversion_by_type WHERE month = $1 ORDER BY run_code, followup_type
