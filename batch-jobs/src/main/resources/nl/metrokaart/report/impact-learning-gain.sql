-- Learning gain (learning_gain) of the runs whose last session falls in [$1, $2], where both an
-- intake and an exit level exist: per quarter of that session and skill, per quarter, per skill
-- and in all (NULL for the totals). measurements: participant, run and skill rows; participants:
-- the distinct people among them; mean_gain over the measurements.
WITH measured AS (
    SELECT g.*, CAST(date_trunc('quarter', o.last_session) AS DATE) AS quarter
    FROM learning_gain g
    JOIN run_occupancy o USING (run_code)
    WHERE o.last_session BETWEEN $1 AND $2 AND g.gain IS NOT NULL
)
SELECT m.quarter, m.skill_code, max(s.name) AS skill_name,
       count(*) AS measurements, count(DISTINCT m.participant_key) AS participants, avg(m.gain) AS mean_gain
FROM measured m
LEFT JOIN skill s USING (skill_code)
GROUP BY GROUPING SETS ((m.quarter, m.skill_code), (m.quarter), (m.skill_code), ())
