-- The modules of the company's opleidingsplan (rpt_plan_module), most employees first. Parameters: report date, kvk.
SELECT * FROM rpt_plan_module(CAST(? AS DATE), CAST(? AS VARCHAR))
ORDER BY employees DESC, module_code
