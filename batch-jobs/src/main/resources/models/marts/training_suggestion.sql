-- training_suggestion(d): the opleidingsplan's suggestions. For each participant and skill of
-- participant_skill_gap(d) that is below its target at d (gap > 0) or unrated, every nanomodule
-- that brings the skill to the target level (its level for the skill in module_skill >= the
-- target) and at which the participant was not present (aanwezig or te laat) in any run on or
-- before d. A skill no module reaches, or whose reaching modules were all attended, has no row.
-- grain: one row per participant, skill below target or unrated, and module reaching the target not yet attended
-- key: participant_key, skill_code, module_code
-- columns:
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   company_kvk       their company (latest row)
--   skill_code        the skill
--   target_level      its target
--   current_level     the current level at d; NULL when unrated
--   gap               max(0, target - current); NULL when unrated
--   module_code       a nanomodule that brings the skill to the target
--   module_level      the level it brings
CREATE OR REPLACE MACRO training_suggestion(d) AS TABLE
WITH attended AS (
    SELECT DISTINCT participant_key, module_code
    FROM stg_enrolment
    WHERE is_present AND session_date <= d
)
SELECT g.participant_key,
       g.company_kvk,
       g.skill_code,
       g.target_level,
       g.current_level,
       g.gap,
       ms.module_code,
       ms.level AS module_level
FROM participant_skill_gap(d) g
JOIN module_skill ms ON ms.skill_code = g.skill_code AND ms.level >= g.target_level
WHERE (g.gap > 0 OR g.current_level IS NULL)
  AND NOT EXISTS (SELECT 1 FROM attended a WHERE a.participant_key = g.participant_key AND a.module_code = ms.module_code);
