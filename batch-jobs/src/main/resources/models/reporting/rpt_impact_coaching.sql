-- rpt_impact_coaching(date_from, date_to): train-the-trainer in the Impactrapportage per quarter of
-- [date_from, date_to] (over the part of the quarter inside it) and over the whole period, each
-- followed up to date_to (coaching_periods, which defines every figure; distinct counts over each
-- period, never added up from quarters).
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
)
SELECT p.quarter, c.* EXCLUDE (as_of)
FROM parts p
JOIN coaching_periods((SELECT list({'period_start': period_start, 'period_end': period_end, 'as_of': CAST(date_to AS DATE)}) FROM parts)) c
  ON c.period_start = p.period_start AND c.period_end = p.period_end;
