-- rpt_plan_module(d, kvk): per module suggested in company kvk's opleidingsplan (training_suggestion(d)):
-- its title, hours and lijnen, the employees it is suggested for, the employee-skills with a gap it
-- closes, and the unrated ones whose target it reaches.
-- grain: one row per module suggested for an employee of the company
-- key: module_code
-- columns:
--   module_code   the nanomodule
--   title         its title
--   hours         its hours
--   lijnen        the lijnen it is on, comma-separated
--   skills        the skills it is suggested for, comma-separated
--   employees     distinct employees it is suggested for
--   gaps_closed   employee-skills below target it brings to the target
--   not_rated     unrated employee-skills whose target it reaches
CREATE OR REPLACE MACRO rpt_plan_module(d, kvk) AS TABLE
SELECT t.module_code,
       any_value(m.title)                                         AS title,
       any_value(m.hours)                                         AS hours,
       (SELECT string_agg(lm.lijn_code, ', ' ORDER BY lm.lijn_code) FROM lijn_module lm
        WHERE lm.module_code = t.module_code)                     AS lijnen,
       string_agg(DISTINCT t.skill_code, ', ' ORDER BY t.skill_code) AS skills,
       count(DISTINCT t.participant_key)                          AS employees,
       count(*) FILTER (WHERE t.gap > 0)                          AS gaps_closed,
       count(*) FILTER (WHERE t.current_level IS NULL)            AS not_rated
FROM training_suggestion(d) t
LEFT JOIN module m USING (module_code)
WHERE t.company_kvk = kvk
GROUP BY t.module_code;
