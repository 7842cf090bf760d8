-- Skill gaps on day $1 (skill_gap): per skill and lijn (grouping 'lijn', with the names) and per
-- skill and company (grouping 'company'): participants rated and unrated on the skill, the mean
-- gap and the share at or above target over the rated rows; per company its participants and
-- name ('company_size', before its skills); and over everyone ('all'): rated participants, mean
-- gap, share at target. Companies with fewer than $2 (k) participants get no per-skill rows:
-- every figure about their people would be hidden; nor do companies beyond the $3 with the most
-- participants (a sheet of tens of thousands of companies serves no reader; the warehouse holds
-- them all). Rows without a company are no company's and are left out of the company groupings.
-- Only shown companies carry their name: fewer strings to fetch.
-- The companies' sizes come from the cohorts (every participant of a lijn with a profile has
-- rows in skill_gap), so that the one pass over skill_gap keeps per-person groups only for the
-- shown companies, and per person nothing but four numbers: at ten million enrolment rows the
-- per-person groups of every company did not fit DuckDB's memory limit.
WITH sizes AS MATERIALIZED (
    SELECT company_kvk, participants,
           participants >= $2 AND row_number() OVER (ORDER BY participants DESC, company_kvk) <= $3 AS shown
    FROM (SELECT p.company_kvk, count(DISTINCT c.participant_key) AS participants
          FROM stg_cohort c
          JOIN stg_participant p USING (participant_key)
          WHERE p.company_kvk IS NOT NULL
            AND c.lijn_code IN (SELECT l.lijn_code FROM lijn l JOIN profile_target t USING (profile_code))
          GROUP BY p.company_kvk)
),
gaps AS (
    SELECT g.skill_code, g.lijn_code, g.participant_key, g.gap, z.company_kvk AS shown_kvk,
           CASE WHEN z.company_kvk IS NOT NULL THEN g.participant_key END AS shown_person
    FROM skill_gap($1) g
    LEFT JOIN (SELECT company_kvk FROM sizes WHERE shown) z ON z.company_kvk = g.company_kvk
),
-- per skill and lijn (a participant has one row there, so rows count people); per participant
-- (for the overall figures); per participant of a shown company and skill (a participant may
-- follow several lijnen with the skill)
agg AS MATERIALIZED (
    SELECT CASE WHEN GROUPING(lijn_code) = 0 THEN 'lijn' WHEN GROUPING(participant_key) = 0 THEN 'person' ELSE 'company' END AS grouping_set,
           skill_code, lijn_code, shown_kvk,
           count(gap) AS rated_rows, count(*) AS n, sum(gap) AS gap_sum, count(*) FILTER (WHERE gap = 0) AS at_target_rows
    FROM gaps
    GROUP BY GROUPING SETS ((skill_code, lijn_code), (participant_key), (shown_kvk, shown_person, skill_code))
)
SELECT 'lijn' AS grouping, a.skill_code, s.name AS skill_name, a.lijn_code AS group_code, l.name AS group_name,
       a.rated_rows                               AS rated,
       a.n - a.rated_rows                         AS unrated,
       a.gap_sum / nullif(a.rated_rows, 0)        AS mean_gap,
       a.at_target_rows / nullif(a.rated_rows, 0) AS at_target_share
FROM agg a
LEFT JOIN skill s USING (skill_code)
LEFT JOIN lijn l USING (lijn_code)
WHERE a.grouping_set = 'lijn'
UNION ALL
SELECT 'company', skill_code, NULL, shown_kvk, NULL,
       count(*) FILTER (WHERE rated_rows > 0),
       count(*) FILTER (WHERE rated_rows = 0),
       sum(gap_sum) / nullif(sum(rated_rows), 0),
       sum(at_target_rows) / nullif(sum(rated_rows), 0)
FROM agg
WHERE grouping_set = 'company' AND shown_kvk IS NOT NULL
GROUP BY shown_kvk, skill_code
UNION ALL
SELECT 'company_size', NULL, NULL, z.company_kvk, CASE WHEN z.shown THEN c.name END, z.participants,
       CAST(z.shown AS INTEGER), NULL, NULL
FROM sizes z
LEFT JOIN company c USING (company_kvk)
UNION ALL
SELECT 'all', NULL, NULL, NULL, NULL,
       count(*) FILTER (WHERE rated_rows > 0), 0,
       sum(gap_sum) / nullif(sum(rated_rows), 0), sum(at_target_rows) / nullif(sum(rated_rows), 0)
FROM agg
WHERE grouping_set = 'person'
ORDER BY CASE grouping WHEN 'lijn' THEN 0 WHEN 'company_size' THEN 1 WHEN 'company' THEN 2 ELSE 3 END, group_code, skill_code
