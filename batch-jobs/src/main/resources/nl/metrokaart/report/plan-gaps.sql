-- The opleidingsplan's rows: per employee of the company and skill, participant_skill_gap(d)
-- with the employee's number in the plan (1..n in the order of their pseudonyms), the first 8
-- characters of the pseudonym, the skill's name, and how many modules of the catalogue reach
-- the target (attended or not). Parameters: report date, kvk.
WITH gaps AS (
    SELECT * FROM participant_skill_gap(?) WHERE company_kvk = ?
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
LEFT JOIN skill s USING (skill_code)
ORDER BY e.employee, g.skill_code
