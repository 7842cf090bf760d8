-- coach_reach(from, to): what train-the-trainer reached in [from, to], one row. Defined once over a
-- list of periods: coach_reaches([{'period_start': from, 'period_end': to}]).
-- grain: one row
-- key: (none: one row per period)
-- columns:
--   coaches_trained            distinct coaches with a training (any track) completed in the period
--   coaches_to_date            distinct coaches trained on or before to
--   companies_with_coach       companies with a coach trained on or before to
--   mkb_companies_with_coach   the mkb among them
--   companies_first_coach      companies whose first coach was trained in the period
--   coaches_active             distinct coaches with an activity in the period
--   activities                 activities in the period
--   activities_unknown_coach   of those, activities whose coach is in no coaches file
--   colleague_contacts         the colleagues of all activities added up
--   colleagues_named           distinct colleagues named in the period's activities
--   colleagues_reached         colleagues_named plus, per coach, the most unnamed colleagues of one activity
--   coaching_hours             the hours of the period's activities
CREATE OR REPLACE MACRO coach_reach(date_from, date_to) AS TABLE
SELECT * EXCLUDE (period_start, period_end)
FROM coach_reaches([{'period_start': CAST(date_from AS DATE), 'period_end': CAST(date_to AS DATE)}]);
