-- rpt_impact_periods(date_from, date_to): the periods the Impactrapportage counts over: each
-- quarter of [date_from, date_to], cut to the part inside it, and the whole period. The impact
-- models that count distinct people per quarter and per period (rpt_impact_reach,
-- rpt_impact_coaching) share this one rule of where a quarter starts and ends.
-- grain: one row per quarter touched by the period, and one for the whole period
-- key: quarter (NULL for the whole period)
-- columns:
--   quarter         the quarter's first day; NULL for the whole period
--   period_start    the first day counted: the quarter's first day, or date_from when later
--   period_end      the last day counted: the quarter's last day, or date_to when earlier
CREATE OR REPLACE MACRO rpt_impact_periods(date_from, date_to) AS TABLE
SELECT quarter,
       greatest(quarter, CAST(date_from AS DATE))                                          AS period_start,
       least(CAST(quarter + INTERVAL 3 MONTH - INTERVAL 1 DAY AS DATE), CAST(date_to AS DATE)) AS period_end
FROM (SELECT CAST(unnest(generate_series(date_trunc('quarter', CAST(date_from AS DATE)), CAST(date_to AS DATE), INTERVAL 3 MONTH)) AS DATE) AS quarter)
UNION ALL
SELECT NULL, CAST(date_from AS DATE), CAST(date_to AS DATE);
