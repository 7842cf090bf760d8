-- Converted participants per run by the type of their first follow-up (conversion_by_type) on day $1, window $2 months.
SELECT run_code, followup_type, converted FROM conversion_by_type($1, $2)
