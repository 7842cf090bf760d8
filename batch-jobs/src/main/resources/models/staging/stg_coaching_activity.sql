-- stg_coaching_activity: every coaching activity with how many of its colleagues are named by
-- e-mail address (named) and how many only counted (unnamed = colleagues_count - named, never
-- below 0 as the count is at least the named), and whether its coach is in any coaches file.
-- grain: one row per coaching activity
-- key: activity_id
-- columns:
--   activity_id        the activity
--   coach_key          its coach (pseudonym)
--   activity_date      its day
--   colleagues_count   the colleagues it counts
--   hours              its hours (NULL when not given)
--   named              colleagues named by e-mail address
--   unnamed            colleagues only counted (colleagues_count - named, at least 0)
--   coach_known        whether the coach is in any coaches file
CREATE OR REPLACE VIEW stg_coaching_activity AS
WITH named AS (
    SELECT activity_id, count(*) AS named FROM coached_colleague GROUP BY activity_id
)
SELECT a.activity_id, a.coach_key, a.activity_date, a.colleagues_count, a.hours,
       coalesce(n.named, 0)                                  AS named,
       greatest(a.colleagues_count - coalesce(n.named, 0), 0) AS unnamed,
       a.coach_key IN (SELECT coach_key FROM coach)          AS coach_known
FROM coaching_activity a
LEFT JOIN named n USING (activity_id);
