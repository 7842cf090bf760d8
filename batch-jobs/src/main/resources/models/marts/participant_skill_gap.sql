-- participant_skill_gap(d): skill_gap(d) with one row per participant and skill. A skill asked
-- by the profiles of several lijnen the participant followed counts once, at the highest target
-- of those lijnen (so gap is the largest of skill_gap's gaps for it); lijn_codes lists those
-- lijnen. current_level and gap are NULL when the skill is unrated at d, never 0.
-- grain: one row per participant and skill of the profiles of the lijnen they followed
-- key: participant_key, skill_code
-- columns:
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   company_kvk       their company (latest row)
--   skill_code        the skill
--   target_level      the highest target of those lijnen' profiles
--   current_level     the current level at d; NULL when unrated
--   gap               max(0, target - current); NULL when unrated
--   lijn_codes        the lijnen asking the skill
CREATE OR REPLACE MACRO participant_skill_gap(d) AS TABLE
SELECT participant_key,
       any_value(company_kvk)                       AS company_kvk,
       skill_code,
       max(target_level)                            AS target_level,
       any_value(current_level)                     AS current_level,
       max(gap)                                     AS gap,
       string_agg(DISTINCT lijn_code, ', ' ORDER BY lijn_code) AS lijn_codes
FROM skill_gap(d)
GROUP BY participant_key, skill_code;
