-- coach_reaches(periods): coach_reach over every period of a list ([{'period_start': DATE,
-- 'period_end': DATE}, ...]), in one set-based query (a calendar join, not a call per period): the
-- one definition of coach_reach(from, to) (which asks it for one period) and of rpt_coaching's
-- reach (every month, year to date and to date of rpt_month).
-- grain: one row per distinct period of the list
-- key: period_start, period_end
-- columns:
--   period_start               the period's first day
--   period_end                 the period's last day
--   coaches_trained            distinct coaches with a training (any track) completed in the period
--   coaches_to_date            distinct coaches trained on or before period_end
--   companies_with_coach       companies with a coach trained on or before period_end
--   mkb_companies_with_coach   the mkb among them
--   companies_first_coach      companies whose first coach was trained in the period
--   coaches_active             distinct coaches with an activity in the period
--   activities                 activities in the period
--   activities_unknown_coach   of those, activities whose coach is in no coaches file
--   colleague_contacts         the colleagues of all activities added up
--   colleagues_named           distinct colleagues named in the period's activities
--   colleagues_reached         colleagues_named plus, per coach, the most unnamed colleagues of one activity
--   coaching_hours             the hours of the period's activities
CREATE OR REPLACE MACRO coach_reaches(periods) AS TABLE
WITH asked AS (
    SELECT period_start, period_end, row_number() OVER (ORDER BY period_start, period_end) AS period_id
    FROM (SELECT DISTINCT CAST(p.period_start AS DATE) AS period_start, CAST(p.period_end AS DATE) AS period_end
          FROM (SELECT unnest(periods) AS p))
),
training_days AS (
    SELECT DISTINCT coach_key, trained_on FROM stg_coach
),
trained AS (
    SELECT a.period_id,
           count(DISTINCT c.coach_key) FILTER (WHERE c.trained_on >= a.period_start) AS coaches_trained,
           count(DISTINCT c.coach_key)                                               AS coaches_to_date
    FROM asked a LEFT JOIN training_days c ON c.trained_on <= a.period_end
    GROUP BY a.period_id
),
first_coach AS (
    SELECT f.company_kvk, f.first_trained, coalesce(k.is_mkb, false) AS is_mkb
    FROM (SELECT company_kvk, min(trained_on) AS first_trained FROM stg_coach WHERE company_kvk IS NOT NULL GROUP BY company_kvk) f
    LEFT JOIN stg_company k USING (company_kvk)
),
companies AS (
    SELECT a.period_id,
           count(f.company_kvk)                                              AS companies_with_coach,
           count(f.company_kvk) FILTER (WHERE f.is_mkb)                      AS mkb_companies_with_coach,
           count(f.company_kvk) FILTER (WHERE f.first_trained >= a.period_start) AS companies_first_coach
    FROM asked a LEFT JOIN first_coach f ON f.first_trained <= a.period_end
    GROUP BY a.period_id
),
-- the activities, each counted on its day: additive figures per day, and per coach and per named
-- colleague the days they were active or named (a distinct count over a period reads those days)
activity_days AS (
    SELECT activity_date AS day,
           count(*)                                AS activities,
           count(*) FILTER (WHERE NOT coach_known) AS activities_unknown_coach,
           sum(colleagues_count)                   AS colleague_contacts,
           sum(hours)                              AS coaching_hours
    FROM stg_coaching_activity
    GROUP BY activity_date
),
coach_days AS (
    SELECT coach_key, activity_date AS day, max(unnamed) AS most_unnamed FROM stg_coaching_activity GROUP BY coach_key, activity_date
),
colleague_days AS (
    SELECT DISTINCT cc.colleague_key, a.activity_date AS day FROM coached_colleague cc JOIN coaching_activity a USING (activity_id)
),
activity_figures AS (
    SELECT a.period_id,
           coalesce(sum(d.activities), 0)               AS activities,
           coalesce(sum(d.activities_unknown_coach), 0) AS activities_unknown_coach,
           coalesce(sum(d.colleague_contacts), 0)       AS colleague_contacts,
           sum(d.coaching_hours)                        AS coaching_hours
    FROM asked a LEFT JOIN activity_days d ON d.day BETWEEN a.period_start AND a.period_end
    GROUP BY a.period_id
),
coaches_active AS (
    -- per coach active in the period the most unnamed colleagues of one activity
    SELECT a.period_id, count(m.coach_key) AS coaches_active, coalesce(sum(m.most_unnamed), 0) AS unnamed
    FROM asked a
    LEFT JOIN (SELECT a.period_id, c.coach_key, max(c.most_unnamed) AS most_unnamed
               FROM asked a JOIN coach_days c ON c.day BETWEEN a.period_start AND a.period_end
               GROUP BY a.period_id, c.coach_key) m USING (period_id)
    GROUP BY a.period_id
),
named AS (
    SELECT a.period_id, count(DISTINCT n.colleague_key) AS named
    FROM asked a LEFT JOIN colleague_days n ON n.day BETWEEN a.period_start AND a.period_end
    GROUP BY a.period_id
)
SELECT p.period_start, p.period_end,
       t.coaches_trained, t.coaches_to_date, c.companies_with_coach, c.mkb_companies_with_coach, c.companies_first_coach,
       u.coaches_active, CAST(f.activities AS BIGINT) AS activities, CAST(f.activities_unknown_coach AS BIGINT) AS activities_unknown_coach,
       f.colleague_contacts, n.named AS colleagues_named, n.named + u.unnamed AS colleagues_reached, f.coaching_hours
FROM asked p
JOIN trained t USING (period_id)
JOIN companies c USING (period_id)
JOIN activity_figures f USING (period_id)
JOIN named n USING (period_id)
JOIN coaches_active u USING (period_id);
