-- rpt_impact_learning_gain(date_from, date_to): learning gain (learning_gain, both an intake and an
-- exit level) of the runs whose last session falls in [date_from, date_to], per quarter of that
-- session and skill, per quarter, per skill and in all.
-- grain: one row per quarter and skill measured, per such quarter, per such skill, and one for all
-- key: quarter, skill_code (NULL in the totals)
-- columns:
--   quarter        the quarter of the runs' last session (its first day); NULL in the period's totals
--   skill_code     the skill; NULL in the totals over skills
--   skill_name     its name
--   measurements   participant, run and skill rows with a gain
--   participants   the distinct people among them
--   mean_gain      mean gain over the measurements
CREATE OR REPLACE MACRO rpt_impact_learning_gain(date_from, date_to) AS TABLE
WITH measured AS (
    SELECT g.*, CAST(date_trunc('quarter', o.last_session) AS DATE) AS quarter
    FROM learning_gain g
    JOIN run_occupancy o USING (run_code)
    WHERE o.last_session BETWEEN date_from AND date_to AND g.gain IS NOT NULL
)
SELECT m.quarter, m.skill_code, max(s.name) AS skill_name,
       count(*) AS measurements, count(DISTINCT m.participant_key) AS participants, avg(m.gain) AS mean_gain
FROM measured m
LEFT JOIN skill s USING (skill_code)
GROUP BY GROUPING SETS ((m.quarter, m.skill_code), (m.quarter), (m.skill_code), ());
