-- rpt_skill_gap_lijn: the skill gaps (skill_gap) at the end of every month of rpt_month per skill
-- and lijn: the Maandrapportage's "skills per lijn" heat map. A participant has one row per lijn
-- followed and skill there, so rows count people.
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
WITH agg AS (
    SELECT m.month, g.lijn_code, g.skill_code,
           count(g.gap) AS rated_rows, count(*) AS n, sum(g.gap) AS gap_sum, count(*) FILTER (WHERE g.gap = 0) AS at_target_rows
    FROM rpt_month m
    JOIN LATERAL (SELECT lijn_code, skill_code, gap FROM skill_gap(m.month_end)) g ON true
    GROUP BY m.month, g.lijn_code, g.skill_code
)
SELECT a.month, a.lijn_code, l.name AS lijn_name, a.skill_code, s.name AS skill_name,
       a.rated_rows                               AS rated,
       a.n - a.rated_rows                         AS unrated,
       a.gap_sum / nullif(a.rated_rows, 0)        AS mean_gap,
       a.at_target_rows / nullif(a.rated_rows, 0) AS at_target_share
FROM agg a
LEFT JOIN skill s USING (skill_code)
LEFT JOIN lijn l USING (lijn_code);
