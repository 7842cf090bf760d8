-- coached_colleague_outcomes(dates): coached_colleague_outcome at each day of a list of dates, in one
-- set-based query (not a call per date): the one definition of coached_colleague_outcome(d) (which
-- asks it for one day) and of rpt_coaching's followed colleagues (every month's end). The first
-- coaching, the first run started after it and the first badge after it do not depend on d: at d a
-- colleague counts once first coached on or before d, and enrolled_after / badge_after hold once that
-- first run or badge is on or before d; coaches and activities count those on or before d.
-- grain: one row per date of the list and colleague named in an activity on or before it
-- key: as_of, colleague_key
-- columns:
--   as_of               the date of the list (the outcome as it stands at that day)
--   colleague_key       the colleague (pseudonym)
--   first_coached_on    the day of their first activity
--   coaches             distinct coaches that named them on or before as_of
--   activities          activities that named them on or before as_of
--   enrolled_after      their first session in some run is after first_coached_on and on or before as_of
--   first_run_after     the first such run
--   badge_after         an issued badge dated after first_coached_on and on or before as_of
--   first_badge_after   the day of the first such badge
CREATE OR REPLACE MACRO coached_colleague_outcomes(dates) AS TABLE
WITH asked AS (
    SELECT DISTINCT CAST(d AS DATE) AS as_of FROM (SELECT unnest(dates) AS d)
),
named AS MATERIALIZED (
    SELECT DISTINCT cc.colleague_key, a.coach_key, a.activity_id, a.activity_date
    FROM coached_colleague cc
    JOIN coaching_activity a USING (activity_id)
),
coached AS MATERIALIZED (
    SELECT colleague_key, min(activity_date) AS first_coached_on FROM named GROUP BY colleague_key
),
-- a coach counts from the first day they named the colleague, an activity from its day
counted_from AS (
    SELECT colleague_key, 'coach' AS kind, min(activity_date) AS day FROM named GROUP BY colleague_key, coach_key
    UNION ALL
    SELECT colleague_key, 'activity', min(activity_date) FROM named GROUP BY colleague_key, activity_id
),
counts AS (
    SELECT a.as_of, c.colleague_key,
           count(*) FILTER (WHERE c.kind = 'coach')    AS coaches,
           count(*) FILTER (WHERE c.kind = 'activity') AS activities
    FROM asked a JOIN counted_from c ON c.day <= a.as_of
    GROUP BY a.as_of, c.colleague_key
),
run_starts AS (
    SELECT participant_key, min(session_date) AS first_session
    FROM stg_enrolment
    WHERE NOT is_cancelled
    GROUP BY participant_key, run_code
),
runs_after AS (
    SELECT c.colleague_key, min(r.first_session) AS first_run_after
    FROM coached c JOIN run_starts r ON r.participant_key = c.colleague_key
    WHERE r.first_session > c.first_coached_on
    GROUP BY c.colleague_key
),
badges_after AS (
    SELECT c.colleague_key, min(b.issued_on) AS first_badge_after
    FROM coached c JOIN stg_badge b ON b.participant_key = c.colleague_key
    WHERE b.issued_on > c.first_coached_on
    GROUP BY c.colleague_key
),
dated AS (
    SELECT a.as_of, c.colleague_key, c.first_coached_on,
           CASE WHEN r.first_run_after <= a.as_of THEN r.first_run_after END     AS first_run_after,
           CASE WHEN b.first_badge_after <= a.as_of THEN b.first_badge_after END AS first_badge_after
    FROM asked a
    JOIN coached c ON c.first_coached_on <= a.as_of
    LEFT JOIN runs_after r USING (colleague_key)
    LEFT JOIN badges_after b USING (colleague_key)
)
SELECT d.as_of, d.colleague_key, d.first_coached_on, k.coaches, k.activities,
       d.first_run_after IS NOT NULL AS enrolled_after, d.first_run_after,
       d.first_badge_after IS NOT NULL AS badge_after, d.first_badge_after
FROM dated d
JOIN counts k USING (as_of, colleague_key);
