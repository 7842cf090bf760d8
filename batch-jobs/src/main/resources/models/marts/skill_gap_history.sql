-- skill_gap_history: the skill gaps (skill_gap's rule) at every date at once, the one definition
-- skill_gap(d) and the report layer's monthly gaps read. For each participant, lijn followed
-- (participant of one of its runs, present or not) and skill of that lijn's profile: the spans of
-- days over which its current level holds. The current level at d is the latest assessment on or
-- before d, any moment (same day: the higher-ranked source, then the higher level, as
-- stg_assessment.pick_key orders them), so it changes only on an assessment day: a span runs from
-- such a day to the day before the next one. Every row starts with an unrated span (valid_from
-- NULL) up to its first assessment day, or for ever when it has none. A row's spans do not overlap
-- and cover every date: the row at d is the span with valid_from <= d (or NULL) and d < valid_until
-- (or NULL). The spans of a participant's skill start on the same days on every lijn asking it.
-- grain: one row per participant, lijn followed, skill of its profile and span of its current level
-- key: participant_key, lijn_code, skill_code, valid_from
-- columns:
--   participant_key   participant (keyed pseudonym of the e-mail address)
--   company_kvk       their company (latest row)
--   lijn_code         the lijn followed
--   profile_code      its profile
--   skill_code        a skill of the profile
--   target_level      the profile's target
--   valid_from        the assessment day the span starts; NULL for the unrated span before the first one
--   valid_until       the next assessment day of the skill, the first day the span no longer holds; NULL: it still holds
--   current_level     the current level over the span; NULL when unrated
--   gap               max(0, target - current); NULL when unrated
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW skill_gap_history AS
WITH followed AS (
    SELECT DISTINCT participant_key, lijn_code FROM stg_cohort
),
-- the level of each assessment day: of that day, the higher-ranked source, then the higher level
level_days AS (
    SELECT participant_key, skill_code, assessed_on, max_by(level, pick_key) AS level
    FROM stg_assessment
    WHERE pick_key IS NOT NULL
    GROUP BY participant_key, skill_code, assessed_on
),
-- every assessment day holds until the next one; before the first, the unrated start (no day)
level_spans AS (
    SELECT participant_key, skill_code, assessed_on AS valid_from,
           lead(assessed_on) OVER (PARTITION BY participant_key, skill_code ORDER BY assessed_on) AS valid_until,
           level
    FROM level_days
    UNION ALL
    SELECT participant_key, skill_code, NULL, min(assessed_on), NULL
    FROM level_days
    GROUP BY participant_key, skill_code
)
SELECT f.participant_key,
       p.company_kvk,
       f.lijn_code,
       l.profile_code,
       t.skill_code,
       t.target_level,
       s.valid_from,
       s.valid_until,
       s.level                                                        AS current_level,
       CASE WHEN s.level IS NOT NULL THEN greatest(0, t.target_level - s.level) END AS gap
FROM followed f
JOIN lijn l USING (lijn_code)
JOIN profile_target t ON t.profile_code = l.profile_code
-- a skill never assessed has no spans: its one row (all NULL) is the unrated span for ever
LEFT JOIN level_spans s ON s.participant_key = f.participant_key AND s.skill_code = t.skill_code
LEFT JOIN stg_participant p ON p.participant_key = f.participant_key;
