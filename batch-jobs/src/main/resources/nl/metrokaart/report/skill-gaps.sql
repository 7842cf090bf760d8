-- Skill gaps on day $1 (skill_gap), per skill and lijn (grouping 'lijn') and per skill and
-- company (grouping 'company'): participants rated and unrated on the skill, the mean gap and the
-- share at or above target over the rated rows; and per company its participants (grouping
-- 'company_size'). Rows without a company are no company's and are left out of the latter two.
WITH gaps AS MATERIALIZED (
    SELECT * FROM skill_gap($1)
)
SELECT 'lijn' AS grouping, g.skill_code, s.name AS skill_name, g.lijn_code AS group_code, l.name AS group_name,
       count(DISTINCT g.participant_key) FILTER (WHERE g.gap IS NOT NULL) AS rated,
       count(DISTINCT g.participant_key) FILTER (WHERE g.gap IS NULL)     AS unrated,
       avg(g.gap)                                                          AS mean_gap,
       avg(CAST(g.gap = 0 AS INTEGER))                                     AS at_target_share
FROM gaps g
LEFT JOIN skill s USING (skill_code)
LEFT JOIN lijn l USING (lijn_code)
GROUP BY ALL
UNION ALL
SELECT 'company', g.skill_code, s.name, g.company_kvk, c.name,
       count(DISTINCT g.participant_key) FILTER (WHERE g.gap IS NOT NULL),
       count(DISTINCT g.participant_key) FILTER (WHERE g.gap IS NULL),
       avg(g.gap),
       avg(CAST(g.gap = 0 AS INTEGER))
FROM gaps g
LEFT JOIN skill s USING (skill_code)
LEFT JOIN company c USING (company_kvk)
WHERE g.company_kvk IS NOT NULL
GROUP BY ALL
UNION ALL
SELECT 'company_size', NULL, NULL, company_kvk, NULL, count(DISTINCT participant_key), 0, NULL, NULL
FROM gaps
WHERE company_kvk IS NOT NULL
GROUP BY company_kvk
ORDER BY grouping, group_code, skill_code
