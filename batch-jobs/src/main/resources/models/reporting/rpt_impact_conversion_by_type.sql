-- rpt_impact_conversion_by_type(date_from, date_to): the converted participants (rpt_conversion_by_type
-- at the end of date_to's month) of the runs whose last session falls in [date_from, date_to], by the
-- type of their first follow-up: per quarter and in all.
-- grain: one row per quarter and follow-up type with a conversion, and per type for all
-- key: quarter (NULL for all), code
-- columns:
--   quarter   the quarter of the runs' last session (its first day); NULL for the period
--   code      the follow-up type
--   name      the follow-up type (as its name)
--   count     converted participants whose first qualifying follow-up is of that type
CREATE OR REPLACE MACRO rpt_impact_conversion_by_type(date_from, date_to) AS TABLE
SELECT CAST(date_trunc('quarter', o.last_session) AS DATE) AS quarter, t.followup_type AS code, t.followup_type AS name,
       sum(t.converted) AS count
FROM rpt_conversion_by_type t
JOIN run_occupancy o USING (run_code)
WHERE t.month = date_trunc('month', CAST(date_to AS DATE)) AND o.last_session BETWEEN date_from AND date_to
GROUP BY GROUPING SETS ((quarter, t.followup_type), (t.followup_type));
