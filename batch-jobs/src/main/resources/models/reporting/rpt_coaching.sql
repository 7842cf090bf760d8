-- rpt_coaching: train-the-trainer's figures of the Maandrapportage for every month of rpt_month
-- over three periods: the month, the year to date, and everything up to the month's end, each
-- followed up to the month's end (coaching_periods, which defines every figure). All months in one
-- set-based query over the list of periods, not a call per period.
-- grain: one row per month of rpt_month and period
-- key: month, period
-- columns:
--   month                      the month's first day
--   period                     'month', 'year_to_date' or 'to_date'
--   period_start               the period's first day (1900-01-01 for to_date)
--   period_end                 the period's last day (the month's end)
--   coaches_trained            distinct coaches with a training completed in the period
--   coaches_to_date            distinct coaches trained on or before the period's end
--   companies_with_coach       companies with a coach trained on or before the period's end
--   mkb_companies_with_coach   the mkb among them
--   companies_first_coach      companies whose first coach was trained in the period
--   coaches_active             distinct coaches with an activity in the period
--   activities                 activities in the period
--   activities_unknown_coach   of those, activities whose coach is in no coaches file
--   colleague_contacts         the colleagues of all the period's activities added up
--   colleagues_named           distinct colleagues named in the period's activities
--   colleagues_reached         colleagues_named plus per coach the most unnamed colleagues of one activity
--   coaching_hours             the hours of the period's activities
--   followed                   colleagues first coached by name in the period (followed up to its end)
--   enrolled_after             of those, who started in a run after being coached
--   badge_after                of those, who earned a badge after being coached
--   enrolled_after_share       enrolled_after / followed; NULL without followed colleagues
--   badge_after_share          badge_after / followed; NULL without followed colleagues
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_coaching AS
WITH periods AS (
    SELECT month, 'month' AS period, month AS period_start, month_end AS period_end FROM rpt_month
    UNION ALL
    SELECT month, 'year_to_date', year_start, month_end FROM rpt_month
    UNION ALL
    SELECT month, 'to_date', DATE '1900-01-01', month_end FROM rpt_month
)
SELECT p.month, p.period, c.* EXCLUDE (as_of)
FROM periods p
JOIN coaching_periods((SELECT list({'period_start': period_start, 'period_end': period_end, 'as_of': period_end}) FROM periods)) c
  ON c.period_start = p.period_start AND c.period_end = p.period_end AND c.as_of = p.period_end;
