-- The board's key figures (rpt_monthly_summary) of month $1 (its first day) over period $2
-- ('month' or 'year_to_date').
SELECT * FROM rpt_monthly_summary WHERE month = $1 AND period = $2
