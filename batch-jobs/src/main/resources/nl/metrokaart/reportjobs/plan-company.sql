-- The company an opleidingsplan is asked for (rpt_plan_company). Parameters: kvk, report date.
SELECT * FROM rpt_plan_company(CAST(? AS VARCHAR), CAST(? AS DATE))
