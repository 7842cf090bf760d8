-- skill_gap(d): for each participant, each lijn they followed (participant of one of its runs,
-- present or not) and each skill of that lijn's profile: the target, the current level at d
-- (the latest assessment on or before d, any moment; same day: the higher-ranked source, then
-- the higher level) and the gap max(0, target - current). No assessment: current_level and
-- gap are NULL (unrated), never 0. company_kvk: the company on the participant's latest row.
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
WITH followed AS (
    SELECT DISTINCT participant_key, lijn_code FROM stg_cohort
),
-- the current level: of the latest day, the higher-ranked source, then the higher level (one
-- aggregate instead of a window over every assessment: the same pick, several times faster)
ranked AS (
    SELECT participant_key, skill_code, max_by(level, pick_key) AS level
    FROM stg_assessment
    WHERE assessed_on <= d
    GROUP BY participant_key, skill_code
)
SELECT f.participant_key,
       p.company_kvk,
       f.lijn_code,
       l.profile_code,
       t.skill_code,
       t.target_level,
       c.level                                                        AS current_level,
       CASE WHEN c.level IS NOT NULL THEN greatest(0, t.target_level - c.level) END AS gap
FROM followed f
JOIN lijn l USING (lijn_code)
JOIN profile_target t ON t.profile_code = l.profile_code
LEFT JOIN ranked c ON c.participant_key = f.participant_key AND c.skill_code = t.skill_code
LEFT JOIN stg_participant p ON p.participant_key = f.participant_key;
