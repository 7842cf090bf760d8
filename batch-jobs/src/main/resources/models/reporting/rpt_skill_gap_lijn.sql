-- rpt_skill_gap_lijn: the skill gaps (skill_gap) at the end of every month of rpt_month per skill
-- and lijn: the Maandrapportage's "skills per lijn" heat map. A participant has one row per lijn
-- followed and skill there, so rows count people. Read from skill_gap_history for all months in one
-- pass: a rated span adds its row from its first day and takes it off from valid_until, and a
-- month reads the running totals of the last change on or before its last day.
-- grain: one row per month, lijn with a profile and skill of that profile with a participant
-- key: month, lijn_code, skill_code
-- columns:
--   month             the month's first day (the gaps as they stand at its last day)
--   lijn_code         the lijn
--   lijn_name         its name
--   skill_code        a skill of the lijn's profile
--   skill_name        its name
--   rated             participants of the lijn with a current level on the skill
--   unrated           participants of the lijn without one
--   mean_gap          mean gap of the rated participants; NULL when none is rated
--   at_target_share   share of the rated participants at or above target; NULL when none is rated
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_skill_gap_lijn AS
WITH changes AS (
    SELECT lijn_code, skill_code, valid_from AS day, 1 AS rated_rows, gap AS gap_sum, CAST(gap = 0 AS INTEGER) AS at_target_rows
    FROM skill_gap_history WHERE current_level IS NOT NULL
    UNION ALL
    SELECT lijn_code, skill_code, valid_until, -1, -gap, -CAST(gap = 0 AS INTEGER)
    FROM skill_gap_history WHERE current_level IS NOT NULL AND valid_until IS NOT NULL
),
running AS (
    SELECT lijn_code, skill_code, day,
           sum(sum(rated_rows)) OVER w     AS rated_rows,
           sum(sum(gap_sum)) OVER w        AS gap_sum,
           sum(sum(at_target_rows)) OVER w AS at_target_rows
    FROM changes
    GROUP BY lijn_code, skill_code, day
    WINDOW w AS (PARTITION BY lijn_code, skill_code ORDER BY day)
),
-- every row is in every month (its unrated span has no start)
cells AS (
    SELECT m.month, m.month_end, g.lijn_code, g.skill_code, g.n
    FROM rpt_month m
    CROSS JOIN (SELECT lijn_code, skill_code, count(*) AS n FROM skill_gap_history WHERE valid_from IS NULL GROUP BY lijn_code, skill_code) g
),
agg AS (
    SELECT c.month, c.lijn_code, c.skill_code, c.n,
           CAST(coalesce(r.rated_rows, 0) AS BIGINT) AS rated_rows, r.gap_sum, r.at_target_rows
    FROM cells c
    ASOF LEFT JOIN running r ON r.lijn_code = c.lijn_code AND r.skill_code = c.skill_code AND c.month_end >= r.day
)
SELECT a.month, a.lijn_code, l.name AS lijn_name, a.skill_code, s.name AS skill_name,
       a.rated_rows                               AS rated,
       a.n - a.rated_rows                         AS unrated,
       a.gap_sum / nullif(a.rated_rows, 0)        AS mean_gap,
       a.at_target_rows / nullif(a.rated_rows, 0) AS at_target_share
FROM agg a
LEFT JOIN skill s USING (skill_code)
LEFT JOIN lijn l USING (lijn_code);
