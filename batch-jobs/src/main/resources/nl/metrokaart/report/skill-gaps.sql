-- Skill gaps on day $1 (skill_gap): per skill and lijn (grouping 'lijn', with the names) and per
-- skill and company (grouping 'company'): participants rated and unrated on the skill, the mean
-- gap and the share at or above target over the rated rows; per company its participants and
-- name ('company_size', before its skills); and over everyone ('all'): rated participants, mean
-- gap, share at target. Companies with fewer than $2 (k) participants get no per-skill rows:
-- every figure about their people would be hidden; nor do companies beyond the $3 with the most
-- participants (a sheet of tens of thousands of companies serves no reader; the warehouse holds
-- them all). Rows without a company are no company's and are left out of the company groupings.
-- Only shown companies carry their name: fewer strings to fetch.
-- One pass over skill_gap: per skill and lijn (a participant has one row there, so rows count
-- people), and per participant and skill (a participant may follow several lijnen with the skill).
WITH agg AS MATERIALIZED (
    SELECT GROUPING(lijn_code) AS by_person, skill_code, lijn_code, participant_key, company_kvk,
           count(gap) AS rated_rows, count(*) AS n, sum(gap) AS gap_sum, count(*) FILTER (WHERE gap = 0) AS at_target_rows
    FROM skill_gap($1)
    GROUP BY GROUPING SETS ((skill_code, lijn_code), (participant_key, company_kvk, skill_code))
),
people AS (
    SELECT * FROM agg WHERE by_person = 1
),
sizes AS MATERIALIZED (
    SELECT company_kvk, participants,
           participants >= $2 AND row_number() OVER (ORDER BY participants DESC, company_kvk) <= $3 AS shown
    FROM (SELECT company_kvk, count(DISTINCT participant_key) AS participants
          FROM people
          WHERE company_kvk IS NOT NULL
          GROUP BY company_kvk)
)
SELECT 'lijn' AS grouping, a.skill_code, s.name AS skill_name, a.lijn_code AS group_code, l.name AS group_name,
       a.rated_rows                               AS rated,
       a.n - a.rated_rows                         AS unrated,
       a.gap_sum / nullif(a.rated_rows, 0)        AS mean_gap,
       a.at_target_rows / nullif(a.rated_rows, 0) AS at_target_share
FROM agg a
LEFT JOIN skill s USING (skill_code)
LEFT JOIN lijn l USING (lijn_code)
WHERE a.by_person = 0
UNION ALL
SELECT 'company', p.skill_code, NULL, p.company_kvk, NULL,
       count(*) FILTER (WHERE p.rated_rows > 0),
       count(*) FILTER (WHERE p.rated_rows = 0),
       sum(p.gap_sum) / nullif(sum(p.rated_rows), 0),
       sum(p.at_target_rows) / nullif(sum(p.rated_rows), 0)
FROM people p
JOIN sizes z USING (company_kvk)
WHERE z.shown
GROUP BY ALL
UNION ALL
SELECT 'company_size', NULL, NULL, z.company_kvk, CASE WHEN z.shown THEN c.name END, z.participants,
       CAST(z.shown AS INTEGER), NULL, NULL
FROM sizes z
LEFT JOIN company c USING (company_kvk)
UNION ALL
SELECT 'all', NULL, NULL, NULL, NULL,
       (SELECT count(DISTINCT participant_key) FROM people WHERE rated_rows > 0), 0,
       sum(gap_sum) / nullif(sum(rated_rows), 0), sum(at_target_rows) / nullif(sum(rated_rows), 0)
FROM people
ORDER BY CASE grouping WHEN 'lijn' THEN 0 WHEN 'company_size' THEN 1 WHEN 'company' THEN 2 ELSE 3 END, group_code, skill_code
