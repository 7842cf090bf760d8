-- skill_gap(d): for each participant, each lijn they followed (participant of one of its runs,
-- present or not) and each skill of that lijn's profile: the target, the current level at d
-- (the latest assessment on or before d, any moment; same day: the higher-ranked source, then
-- the higher level) and the gap max(0, target - current). No assessment: current_level and
-- gap are NULL (unrated), never 0. company_kvk: the company on the participant's latest row.
-- The rule lives in skill_gap_history (every date at once): this is its span holding at d.
-- grain: one row per participant, lijn followed and skill of its profile
-- key: participant_key, lijn_code, skill_code
-- columns:
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   company_kvk       their company (latest row)
--   lijn_code         the lijn followed
--   profile_code      its profile
--   skill_code        a skill of the profile
--   target_level      the profile's target
--   current_level     the current level at d; NULL when unrated
--   gap               max(0, target - current); NULL when unrated
CREATE OR REPLACE MACRO skill_gap(d) AS TABLE
SELECT participant_key, company_kvk, lijn_code, profile_code, skill_code, target_level, current_level, gap
FROM skill_gap_history
WHERE (valid_from IS NULL OR valid_from <= d) AND (valid_until IS NULL OR d < valid_until);
