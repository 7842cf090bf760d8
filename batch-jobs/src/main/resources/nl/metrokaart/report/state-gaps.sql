-- The skill gaps (skill_gap) as they stand on day $1: participants with a current level on a
-- skill of their profile, the mean gap and the share at or above target over the rated rows.
WITH gaps AS MATERIALIZED (
    SELECT * FROM skill_gap($1)
)
SELECT (SELECT count(DISTINCT participant_key) FROM gaps WHERE gap IS NOT NULL) AS rated_participants,
       avg(gap)                                                                 AS mean_gap,
       avg(CAST(gap = 0 AS INTEGER))                                            AS at_target_share
FROM gaps
