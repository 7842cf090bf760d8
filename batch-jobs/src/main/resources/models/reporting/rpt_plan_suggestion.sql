-- rpt_plan_suggestion(d, kvk): the opleidingsplan's suggestions (training_suggestion(d)) for company
-- kvk's employees, with each module's title, hours and lijnen.
-- grain: one row per employee, skill below target or unrated, and module reaching the target not yet attended
-- key: participant_key, skill_code, module_code
-- columns:
--   participant_key   the employee (pseudonym)
--   skill_code        the skill
--   module_code       the nanomodule suggested
--   title             its title
--   hours             its hours
--   module_level      the level it brings for the skill
--   lijnen            the lijnen it is on, comma-separated
CREATE OR REPLACE MACRO rpt_plan_suggestion(d, kvk) AS TABLE
SELECT t.participant_key,
       t.skill_code,
       t.module_code,
       m.title,
       m.hours,
       t.module_level,
       (SELECT string_agg(lm.lijn_code, ', ' ORDER BY lm.lijn_code) FROM lijn_module lm
        WHERE lm.module_code = t.module_code) AS lijnen
FROM training_suggestion(d) t
LEFT JOIN module m USING (module_code)
WHERE t.company_kvk = kvk;
