-- rpt_plan_gap(d, kvk): the opleidingsplan's rows for company kvk: per employee and skill
-- participant_skill_gap(d), with the employee's number in the plan (1..n in the order of their
-- pseudonyms), the first 8 characters of the pseudonym, the skill's name, and how many modules of
-- the catalogue reach the target (attended or not).
-- grain: one row per employee of the company (participant whose latest company it is and who followed a lijn) and skill
-- key: participant_key, skill_code
-- columns:
--   employee           the employee's number in the plan
--   key_prefix         the first 8 characters of the pseudonym
--   participant_key    the employee (pseudonym)
--   skill_code         the skill
--   skill_name         its name
--   lijn_codes         the lijnen asking the skill
--   target_level       the highest target of those lijnen' profiles
--   current_level      the current level at d; NULL when unrated
--   gap                max(0, target - current); NULL when unrated
--   reaching_modules   modules of the catalogue whose level for the skill reaches the target
CREATE OR REPLACE MACRO rpt_plan_gap(d, kvk) AS TABLE
WITH gaps AS (
    SELECT * FROM participant_skill_gap(d) WHERE company_kvk = kvk
),
employees AS (
    SELECT participant_key, row_number() OVER (ORDER BY participant_key) AS employee
    FROM (SELECT DISTINCT participant_key FROM gaps)
)
SELECT e.employee,
       left(g.participant_key, 8) AS key_prefix,
       g.participant_key,
       g.skill_code,
       s.name AS skill_name,
       g.lijn_codes,
       g.target_level,
       g.current_level,
       g.gap,
       (SELECT count(DISTINCT ms.module_code) FROM module_skill ms
        WHERE ms.skill_code = g.skill_code AND ms.level >= g.target_level) AS reaching_modules
FROM gaps g
JOIN employees e USING (participant_key)
LEFT JOIN skill s USING (skill_code);
