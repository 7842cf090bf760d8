-- coaching_periods(periods): train-the-trainer over every period of a list ([{'period_start': DATE,
-- 'period_end': DATE, 'as_of': DATE}, ...]) in one set-based query: what coaching reached in the
-- period (coach_reaches), and the colleagues first coached by name in it, followed to runs and
-- badges up to as_of (coached_colleague_outcomes), with their shares. The one definition of these
-- figures for the Maandrapportage (rpt_coaching: each period followed up to the month's end) and
-- the Impactrapportage (rpt_impact_coaching: every quarter followed up to the period's end).
-- grain: one row per distinct period and as_of of the list
-- key: period_start, period_end, as_of
-- columns:
--   period_start               the period's first day
--   period_end                 the period's last day
--   as_of                      the day up to which the coached colleagues are followed
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
--   followed                   colleagues first coached by name in the period (followed up to as_of)
--   enrolled_after             of those, who started in a run after being coached
--   badge_after                of those, who earned a badge after being coached
--   enrolled_after_share       enrolled_after / followed; NULL without followed colleagues
--   badge_after_share          badge_after / followed; NULL without followed colleagues
CREATE OR REPLACE MACRO coaching_periods(periods) AS TABLE
WITH asked AS (
    SELECT DISTINCT CAST(p.period_start AS DATE) AS period_start, CAST(p.period_end AS DATE) AS period_end,
                    CAST(p.as_of AS DATE) AS as_of
    FROM (SELECT unnest(periods) AS p)
),
outcome AS (
    SELECT a.period_start, a.period_end, a.as_of,
           count(o.first_coached_on)                                AS followed,
           count(o.first_coached_on) FILTER (WHERE o.enrolled_after) AS enrolled_after,
           count(o.first_coached_on) FILTER (WHERE o.badge_after)    AS badge_after
    FROM asked a
    LEFT JOIN coached_colleague_outcomes((SELECT list(DISTINCT as_of) FROM asked)) o
      ON o.as_of = a.as_of AND o.first_coached_on BETWEEN a.period_start AND a.period_end
    GROUP BY a.period_start, a.period_end, a.as_of
)
SELECT a.period_start, a.period_end, a.as_of,
       r.coaches_trained, r.coaches_to_date, r.companies_with_coach, r.mkb_companies_with_coach, r.companies_first_coach,
       r.coaches_active, r.activities, r.activities_unknown_coach, r.colleague_contacts, r.colleagues_named,
       r.colleagues_reached, r.coaching_hours,
       o.followed, o.enrolled_after, o.badge_after,
       o.enrolled_after / nullif(o.followed, 0) AS enrolled_after_share,
       o.badge_after / nullif(o.followed, 0)    AS badge_after_share
FROM asked a
JOIN coach_reaches((SELECT list({'period_start': period_start, 'period_end': period_end}) FROM asked)) r
  ON r.period_start = a.period_start AND r.period_end = a.period_end
JOIN outcome o ON o.period_start = a.period_start AND o.period_end = a.period_end AND o.as_of = a.as_of;
