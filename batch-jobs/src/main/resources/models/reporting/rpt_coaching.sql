-- rpt_coaching: train-the-trainer's figures of the Maandrapportage for every month of rpt_month
-- over three periods: the month, the year to date, and everything up to the month's end
-- (coach_reaches); and for the last, the colleagues first coached by name up to the month's end,
-- followed to runs and badges up to it (coached_colleague_outcomes). All months in one set-based
-- query over the list of periods and month ends, not a call per period.
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
),
outcome AS (
    SELECT p.month, p.period,
           count(o.first_coached_on)                                AS followed,
           count(o.first_coached_on) FILTER (WHERE o.enrolled_after) AS enrolled_after,
           count(o.first_coached_on) FILTER (WHERE o.badge_after)    AS badge_after
    FROM periods p
    LEFT JOIN coached_colleague_outcomes((SELECT list(month_end) FROM rpt_month)) o
      ON o.as_of = p.period_end AND o.first_coached_on BETWEEN p.period_start AND p.period_end
    GROUP BY p.month, p.period
)
SELECT p.month, p.period, p.period_start, p.period_end,
       r.coaches_trained, r.coaches_to_date, r.companies_with_coach, r.mkb_companies_with_coach, r.companies_first_coach,
       r.coaches_active, r.activities, r.activities_unknown_coach, r.colleague_contacts, r.colleagues_named,
       r.colleagues_reached, r.coaching_hours,
       o.followed, o.enrolled_after, o.badge_after,
       o.enrolled_after / nullif(o.followed, 0) AS enrolled_after_share,
       o.badge_after / nullif(o.followed, 0)    AS badge_after_share
FROM periods p
JOIN coach_reaches((SELECT list({'period_start': month, 'period_end': month_end})
                           || list({'period_start': year_start, 'period_end': month_end})
                           || list({'period_start': DATE '1900-01-01', 'period_end': month_end})
                    FROM rpt_month)) r
  ON r.period_start = p.period_start AND r.period_end = p.period_end
JOIN outcome o USING (month, period);
