-- The opleidingsplan's rows (rpt_plan_gap). Parameters: report date, kvk.
SELECT * FROM rpt_plan_gap(CAST(? AS DATE), CAST(? AS VARCHAR))
ORDER BY employee, skill_code
