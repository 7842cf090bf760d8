-- conversion_by_type(d, window_months): per run, the converted participants split by the type
-- of their first qualifying follow-up; only types with at least one conversion.
-- grain: one row per run and follow-up type with a conversion
-- key: run_code, followup_type
-- columns:
--   run_code        the run
--   followup_type   the type of the first qualifying follow-up
--   converted       participants converted with that type
CREATE OR REPLACE MACRO conversion_by_type(d, window_months) AS TABLE
SELECT run_code, first_type AS followup_type, count(*) AS converted
FROM stg_first_followup(d, window_months)
GROUP BY run_code, first_type
ORDER BY run_code, followup_type;
