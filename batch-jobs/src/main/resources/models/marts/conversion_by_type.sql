-- conversion_by_type(d, window_months): per run, the converted participants split by the type
-- of their first qualifying follow-up; only types with at least one conversion.
-- Defined once over a list of dates: conversions_by_type([d], W).
-- grain: one row per run and follow-up type with a conversion
-- key: run_code, followup_type
-- columns:
--   run_code        the run
--   followup_type   the type of the first qualifying follow-up
--   converted       participants converted with that type
CREATE OR REPLACE MACRO conversion_by_type(d, window_months) AS TABLE
SELECT * EXCLUDE (as_of) FROM conversions_by_type([d], window_months) ORDER BY run_code, followup_type;
