-- coached_colleague_outcome(d): per colleague named by e-mail address in an activity on or before
-- d (only named colleagues can be followed; counted ones cannot): the day first coached, by how
-- many coaches in how many activities, and whether they went on to the pps's lijnen after it:
--   enrolled_after   started in a run later: in some run the colleague's first session (rows not
--                    cancelled) is after first_coached_on and on or before d; first_run_after is the
--                    earliest such first session. Sessions of a run begun before the coaching do not count.
--   badge_after      holds an issued badge (stg_badge: the earliest per module, not revoked) dated after
--                    first_coached_on and on or before d; first_badge_after its date.
-- "After" is a later day: a session or badge on the day of the first coaching is not after it.
-- grain: one row per colleague named in an activity on or before d
-- key: colleague_key
-- columns:
--   colleague_key       the colleague (pseudonym)
--   first_coached_on    the day of their first activity
--   coaches             distinct coaches that named them
--   activities          activities that named them
--   enrolled_after      their first session in some run is after first_coached_on and on or before d
--   first_run_after     the first such run
--   badge_after         an issued badge dated after first_coached_on and on or before d
--   first_badge_after   the day of the first such badge
CREATE OR REPLACE MACRO coached_colleague_outcome(d) AS TABLE
WITH coached AS (
    SELECT cc.colleague_key, min(a.activity_date) AS first_coached_on,
           count(DISTINCT a.coach_key) AS coaches, count(DISTINCT a.activity_id) AS activities
    FROM coached_colleague cc
    JOIN coaching_activity a USING (activity_id)
    WHERE a.activity_date <= d
    GROUP BY cc.colleague_key
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
    WHERE r.first_session > c.first_coached_on AND r.first_session <= d
    GROUP BY c.colleague_key
),
badges_after AS (
    SELECT c.colleague_key, min(b.issued_on) AS first_badge_after
    FROM coached c JOIN stg_badge b ON b.participant_key = c.colleague_key
    WHERE b.issued_on > c.first_coached_on AND b.issued_on <= d
    GROUP BY c.colleague_key
)
SELECT c.colleague_key, c.first_coached_on, c.coaches, c.activities,
       r.first_run_after IS NOT NULL AS enrolled_after, r.first_run_after,
       b.first_badge_after IS NOT NULL AS badge_after, b.first_badge_after
FROM coached c
LEFT JOIN runs_after r USING (colleague_key)
LEFT JOIN badges_after b USING (colleague_key)
ORDER BY c.first_coached_on, c.colleague_key;
