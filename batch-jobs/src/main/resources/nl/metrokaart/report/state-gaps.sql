-- The skill gaps (skill_gap) as they stand on day $1: participants with a current level on a
-- skill of their profile, the mean gap and the share at or above target over the rated rows.
-- One streaming aggregate: nothing of skill_gap is kept (at ten million rows it would not fit).
SELECT count(DISTINCT participant_key) FILTER (WHERE gap IS NOT NULL) AS rated_participants,
       avg(gap)                                                        AS mean_gap,
       avg(CAST(gap = 0 AS INTEGER))                                   AS at_target_share
FROM skill_gap($1)
