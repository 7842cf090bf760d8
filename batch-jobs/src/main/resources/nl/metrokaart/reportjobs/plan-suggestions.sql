-- The opleidingsplan's suggestions (rpt_plan_suggestion); per employee and skill the shortest module first. Parameters: report date, kvk.
SELECT * FROM rpt_plan_suggestion(CAST(? AS DATE), CAST(? AS VARCHAR))
ORDER BY participant_key, skill_code, hours, module_code
