-- rpt_target_progress(report_date, attention_below, behind_below): plan against actual, the one
-- definition of the target arithmetic (the reports only show it).
--
-- For a target of value T over [period_from, period_to] and the report date d:
--   days_passed  = the days of the period up to and including d (0 before it starts, all after it ends)
--   elapsed      = days_passed / the period's days
--   actual       = the figure over [period_from, least(d, period_to)] (rpt_target_measured,
--                  computed for the last day of every month; NULL before the period starts)
--   expected     = T * elapsed for a count ('count': pro rata); T for a share, rate or level
--                  ('share', 'value': compared as they are)
--   share_reached = actual / T (NULL when T = 0)
--   projection   = actual / elapsed for a count (the pace so far, to the period's end);
--                  the actual itself for a share, rate or level
--   performance  = actual / expected (direction 'higher'), expected / actual ('lower': a ceiling);
--                  1 when the other side is 0 (nothing expected, or nothing of what should stay low)
--   status       = 'not_started' before period_from; 'no_data' when the actual has no value;
--                  'on_track' when performance >= attention_below; 'attention' when
--                  performance >= behind_below; 'behind' below that. Performance is rounded to
--                  9 decimals first, so that a figure exactly at a threshold is not lost to binary
--                  fractions (9/10 is on track at 0.9).
-- grain: one row per target of the catalogue (table target), in catalogue order
-- key: kpi, period_from
-- columns:
--   kpi            the key figure (rpt_target_actual)
--   position       the target's place in the catalogue's targets block
--   period_from    the target period's first day
--   period_to      its last day
--   target_value   T, the value the catalogue sets
--   measure        'count' (compared pro rata), 'share' or 'value' (compared as they are)
--   direction      'higher' (more is better) or 'lower' (a ceiling)
--   days_passed    the days of the period up to and including d
--   period_days    the period's days
--   elapsed        days_passed / period_days
--   actual         the figure over [period_from, least(d, period_to)]; NULL before the period starts
--   people         whom the actual counts, for the privacy rule (rpt_target_actual)
--   expected       what was expected by d (see above)
--   share_reached  actual / T
--   projection     the actual at the pace so far, to the period's end (counts), else the actual
--   performance    actual / expected, or expected / actual for a ceiling
--   status         not_started, no_data, on_track, attention or behind
CREATE OR REPLACE MACRO rpt_target_progress(report_date, attention_below, behind_below) AS TABLE
WITH targets AS (
    SELECT t.*,
           CAST(report_date AS DATE) >= t.period_from                          AS started,
           least(CAST(report_date AS DATE), t.period_to)                       AS measured_to,
           datediff('day', t.period_from, t.period_to) + 1                     AS period_days,
           greatest(0, least(datediff('day', t.period_from, CAST(report_date AS DATE)) + 1,
                             datediff('day', t.period_from, t.period_to) + 1))  AS days_passed
    FROM target t
),
-- the actuals as computed once for the month's end (rpt_target_measured; rpt_target_actual
-- gives the same for any one period)
actuals AS (
    SELECT DISTINCT period_from, measured_to, kpi, actual, people FROM rpt_target_measured
),
measured AS (
    SELECT t.kpi, t.position, t.period_from, t.period_to, t.target_value, t.measure, t.direction, t.started,
           t.days_passed, t.period_days,
           t.days_passed / t.period_days                                         AS elapsed,
           CASE WHEN t.started THEN a.actual END                                 AS actual,
           CASE WHEN t.started THEN a.people END                                 AS people,
           CASE WHEN t.measure = 'count' THEN t.target_value * t.days_passed / t.period_days
                ELSE t.target_value END                                          AS expected
    FROM targets t
    LEFT JOIN actuals a ON a.kpi = t.kpi AND a.period_from = t.period_from AND a.measured_to = t.measured_to
),
judged AS (
    SELECT *,
           actual / nullif(target_value, 0)                                      AS share_reached,
           CASE WHEN NOT started OR actual IS NULL THEN NULL
                WHEN measure = 'count' THEN actual / elapsed
                ELSE actual END                                                  AS projection,
           CASE WHEN actual IS NULL THEN NULL
                WHEN direction = 'lower' THEN CASE WHEN actual = 0 THEN 1.0 ELSE expected / actual END
                ELSE CASE WHEN expected = 0 THEN 1.0 ELSE actual / expected END END AS performance
    FROM measured
)
SELECT kpi, position, period_from, period_to, target_value, measure, direction,
       days_passed, period_days, elapsed, actual, people, expected, share_reached, projection, performance,
       CASE WHEN NOT started                                 THEN 'not_started'
            WHEN actual IS NULL                              THEN 'no_data'
            WHEN round(performance, 9) >= attention_below    THEN 'on_track'
            WHEN round(performance, 9) >= behind_below       THEN 'attention'
            ELSE 'behind' END                                AS status
FROM judged
ORDER BY position;
