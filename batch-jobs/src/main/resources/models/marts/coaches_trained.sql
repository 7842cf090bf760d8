-- coaches_trained(from, to): workplace coaches trained per month and track, for the months of
-- [from, to]: coaches whose training in that track was completed (trained_on) in the month, and
-- their distinct companies (stg_coach: the file's kvk, else the coach's latest enrolment's).
-- A coach trained in two tracks counts in each. Only (month, track) pairs with a coach are listed;
-- track is NULL for coaches whose file named none.
-- grain: one row per month and track with a coach trained
-- key: month, track
-- columns:
--   month             the month (first day)
--   track             the track (NULL: none named)
--   coaches_trained   distinct coaches trained in it in the month
--   companies         their distinct companies
CREATE OR REPLACE MACRO coaches_trained(date_from, date_to) AS TABLE
SELECT date_trunc('month', trained_on)::DATE AS month,
       track,
       count(DISTINCT coach_key)   AS coaches_trained,
       count(DISTINCT company_kvk) AS companies
FROM stg_coach
WHERE trained_on BETWEEN date_from AND date_to
GROUP BY ALL
ORDER BY month, track NULLS LAST;
