-- funnels(dates): the funnel (funnel) of every run at each day of a list of dates, in one set-based
-- query (not a call per date): the one definition of funnel(d) (which asks it for one day) and of
-- rpt_funnel (every month's end). Each participant of a run reaches each step on one day: present
-- (first present session, participant_completion.present_on), completed (completed_on), badge
-- (the earliest issued badge for any module of the run's lijn, earned in any run) and follow-up
-- (first qualifying follow-up with the catalogue's window, stg_first_followup); the step at d
-- counts those who reached it on or before d.
-- grain: one row per date of the list and run with participants
-- key: as_of, run_code
-- columns:
--   as_of                 the date of the list (the funnel as it stands at that day)
--   run_code              the run
--   enrolled              its participants
--   present_any           present at one or more modules by as_of
--   completed             completed with the presence up to as_of
--   with_badge            holding an issued badge for a module of the lijn dated by as_of
--   with_followup         converted by as_of
--   present_any_share     present_any / enrolled
--   completed_share       completed / enrolled
--   with_badge_share      with_badge / enrolled
--   with_followup_share   with_followup / enrolled
CREATE OR REPLACE MACRO funnels(dates) AS TABLE
WITH asked AS (
    SELECT DISTINCT CAST(d AS DATE) AS as_of FROM (SELECT unnest(dates) AS d)
),
badged AS (
    SELECT c.run_code, c.participant_key, min(b.issued_on) AS badged_on
    FROM stg_cohort c
    JOIN lijn_module lm ON lm.lijn_code = c.lijn_code
    JOIN stg_badge b ON b.participant_key = c.participant_key AND b.module_code = lm.module_code
    GROUP BY c.run_code, c.participant_key
),
converted AS (
    SELECT run_code, participant_key, first_start AS converted_on
    FROM stg_first_followup(DATE '9999-12-31', (SELECT conversion_window_months FROM stg_rules))
),
reached AS MATERIALIZED (
    -- per participant the day of each step reached (NULL: not reached)
    SELECT c.run_code, pc.present_on, pc.completed_on, b.badged_on, f.converted_on
    FROM stg_cohort c
    LEFT JOIN participant_completion pc ON pc.run_code = c.run_code AND pc.participant_key = c.participant_key
    LEFT JOIN badged b ON b.run_code = c.run_code AND b.participant_key = c.participant_key
    LEFT JOIN converted f ON f.run_code = c.run_code AND f.participant_key = c.participant_key
),
runs AS (
    SELECT run_code, count(*) AS enrolled FROM reached GROUP BY run_code
),
steps AS (
    -- per run and day: how many participants reached each step that day
    SELECT run_code, day,
           count(*) FILTER (WHERE step = 'present_on')   AS present,
           count(*) FILTER (WHERE step = 'completed_on') AS completed,
           count(*) FILTER (WHERE step = 'badged_on')    AS badged,
           count(*) FILTER (WHERE step = 'converted_on') AS converted
    FROM (UNPIVOT reached ON present_on, completed_on, badged_on, converted_on INTO NAME step VALUE day)
    GROUP BY run_code, day
),
counted AS (
    SELECT a.as_of, s.run_code,
           CAST(sum(s.present) AS BIGINT)   AS present_any,
           CAST(sum(s.completed) AS BIGINT) AS completed,
           CAST(sum(s.badged) AS BIGINT)    AS with_badge,
           CAST(sum(s.converted) AS BIGINT) AS with_followup
    FROM asked a JOIN steps s ON s.day <= a.as_of
    GROUP BY a.as_of, s.run_code
),
state AS (
    SELECT a.as_of, r.run_code, r.enrolled,
           coalesce(c.present_any, 0) AS present_any, coalesce(c.completed, 0) AS completed,
           coalesce(c.with_badge, 0) AS with_badge, coalesce(c.with_followup, 0) AS with_followup
    FROM asked a CROSS JOIN runs r
    LEFT JOIN counted c ON c.as_of = a.as_of AND c.run_code = r.run_code
)
SELECT as_of, run_code, enrolled, present_any, completed, with_badge, with_followup,
       present_any / enrolled   AS present_any_share,
       completed / enrolled     AS completed_share,
       with_badge / enrolled    AS with_badge_share,
       with_followup / enrolled AS with_followup_share
FROM state;
