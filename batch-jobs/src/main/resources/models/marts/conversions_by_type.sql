-- conversions_by_type(dates, window_months): conversion_by_type at each day of a list of dates, in
-- one set-based query: the one definition of conversion_by_type(d, W) and of rpt_conversion_by_type
-- (every month's end). The participants converted by d (first qualifying follow-up, stg_first_followup
-- without a date limit, starting on or before d) split by that follow-up's type; only types with at
-- least one conversion.
-- grain: one row per date of the list, run and follow-up type with a conversion
-- key: as_of, run_code, followup_type
-- columns:
--   as_of           the date of the list (as it stands at that day)
--   run_code        the run
--   followup_type   the type of the first qualifying follow-up
--   converted       participants converted by as_of with that type
CREATE OR REPLACE MACRO conversions_by_type(dates, window_months) AS TABLE
WITH asked AS (
    SELECT DISTINCT CAST(d AS DATE) AS as_of FROM (SELECT unnest(dates) AS d)
)
SELECT a.as_of, f.run_code, f.first_type AS followup_type, count(*) AS converted
FROM asked a
JOIN stg_first_followup(DATE '9999-12-31', window_months) f ON f.first_start <= a.as_of
GROUP BY a.as_of, f.run_code, f.first_type;
