-- coach_reach(from, to): what train-the-trainer reached in [from, to], one row.
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
WITH coaches AS (
    SELECT * FROM stg_coach WHERE trained_on <= date_to
),
first_coach AS (
    SELECT company_kvk, min(trained_on) AS first_trained FROM coaches WHERE company_kvk IS NOT NULL GROUP BY company_kvk
),
activities AS (
    SELECT * FROM stg_coaching_activity WHERE activity_date BETWEEN date_from AND date_to
),
named AS (
    SELECT count(DISTINCT cc.colleague_key) AS named FROM activities a JOIN coached_colleague cc USING (activity_id)
),
unnamed AS (
    SELECT coalesce(sum(most), 0) AS unnamed FROM (SELECT max(unnamed) AS most FROM activities GROUP BY coach_key)
)
SELECT (SELECT count(DISTINCT coach_key) FROM coaches WHERE trained_on >= date_from)                   AS coaches_trained,
       (SELECT count(DISTINCT coach_key) FROM coaches)                                                 AS coaches_to_date,
       (SELECT count(*) FROM first_coach)                                                              AS companies_with_coach,
       (SELECT count(*) FROM first_coach JOIN stg_company USING (company_kvk) WHERE is_mkb)            AS mkb_companies_with_coach,
       (SELECT count(*) FROM first_coach WHERE first_trained >= date_from)                             AS companies_first_coach,
       (SELECT count(DISTINCT coach_key) FROM activities)                                              AS coaches_active,
       (SELECT count(*) FROM activities)                                                               AS activities,
       (SELECT count(*) FROM activities WHERE NOT coach_known)                                         AS activities_unknown_coach,
       (SELECT coalesce(sum(colleagues_count), 0) FROM activities)                                     AS colleague_contacts,
       (SELECT named FROM named)                                                                       AS colleagues_named,
       (SELECT named FROM named) + (SELECT unnamed FROM unnamed)                                       AS colleagues_reached,
       (SELECT sum(hours) FROM activities)                                                             AS coaching_hours;
