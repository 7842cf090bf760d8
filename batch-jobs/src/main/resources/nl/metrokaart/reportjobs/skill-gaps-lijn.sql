-- The skill gaps per lijn and skill (rpt_skill_gap_lijn) at the end of month $1.
SELECT skill_code, skill_name, lijn_code, lijn_name, rated, unrated, mean_gap, at_target_share
FROM rpt_skill_gap_lijn
WHERE month = $1
ORDER BY lijn_code, skill_code
