-- rpt_impact_coaching(date_from, date_to): train-the-trainer in the Impactrapportage per quarter of
-- [date_from, date_to] (over the part of the quarter inside it) and over the whole period: what
-- coaching reached (coach_reaches, every period in one set-based call; distinct counts over each
-- period, never added up from quarters), and the colleagues first coached by name in the period,
-- followed to runs and badges up to date_to (coached_colleague_outcomes), with their shares.
-- grain: one row per quarter, and one for the whole period
-- key: quarter (NULL for the whole period)
-- columns:
--   quarter                    the quarter's first day; NULL for the whole period
--   period_start               the first day counted: the quarter's first day, or date_from when later
--   period_end                 the last day counted: the quarter's last day, or date_to when earlier
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
--   followed                   colleagues first coached by name in the period (followed up to date_to)
--   enrolled_after             of those, who started in a run after being coached
--   badge_after                of those, who earned a badge after being coached
--   enrolled_after_share       enrolled_after / followed; NULL without followed colleagues
--   badge_after_share          badge_after / followed; NULL without followed colleagues
CREATE OR REPLACE MACRO rpt_impact_coaching(date_from, date_to) AS TABLE
WITH parts AS (
    SELECT * FROM rpt_impact_periods(date_from, date_to)
),
outcome AS (
    SELECT p.quarter, p.period_start, p.period_end,
           count(o.first_coached_on)                                AS followed,
           count(o.first_coached_on) FILTER (WHERE o.enrolled_after) AS enrolled_after,
           count(o.first_coached_on) FILTER (WHERE o.badge_after)    AS badge_after
    FROM parts p
    LEFT JOIN coached_colleague_outcomes([CAST(date_to AS DATE)]) o ON o.first_coached_on BETWEEN p.period_start AND p.period_end
    GROUP BY p.quarter, p.period_start, p.period_end
)
SELECT p.quarter, p.period_start, p.period_end,
       r.coaches_trained, r.coaches_to_date, r.companies_with_coach, r.mkb_companies_with_coach, r.companies_first_coach,
       r.coaches_active, r.activities, r.activities_unknown_coach, r.colleague_contacts, r.colleagues_named,
       r.colleagues_reached, r.coaching_hours,
       o.followed, o.enrolled_after, o.badge_after,
       o.enrolled_after / nullif(o.followed, 0) AS enrolled_after_share,
       o.badge_after / nullif(o.followed, 0)    AS badge_after_share
FROM parts p
JOIN coach_reaches((SELECT list({'period_start': period_start, 'period_end': period_end}) FROM parts)) r
  ON r.period_start = p.period_start AND r.period_end = p.period_end
JOIN outcome o ON o.period_start = p.period_start AND o.period_end = p.period_end AND o.quarter IS NOT DISTINCT FROM p.quarter;
