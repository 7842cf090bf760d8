-- coaches_trained(from, to): workplace coaches trained per month and track, for the months of
-- [from, to]: coaches whose training in that track was completed (trained_on) in the month, and
-- their distinct companies (stg_coach: the file's kvk, else the coach's latest enrolment's).
-- A coach trained in two tracks counts in each. Only (month, track) pairs with a coach are listed;
-- track is NULL for coaches whose file named none.
CREATE OR REPLACE MACRO coaches_trained(date_from, date_to) AS TABLE
SELECT date_trunc('month', trained_on)::DATE AS month,
       track,
       count(DISTINCT coach_key)   AS coaches_trained,
       count(DISTINCT company_kvk) AS companies
FROM stg_coach
WHERE trained_on BETWEEN date_from AND date_to
GROUP BY ALL
ORDER BY month, track NULLS LAST;
