-- rpt_impact_completion(date_from, date_to): the Impactrapportage's completion: the runs whose last
-- session falls in [date_from, date_to] and their participants who completed (participant_completion),
-- per quarter of that session and lijn, per quarter, per lijn and in all (the quarters of a lijn add
-- up to its period, the lijnen to all).
-- grain: one row per quarter and lijn with an ended run, per such quarter, per such lijn, and one for all
-- key: quarter, lijn_code (NULL in the totals)
-- columns:
--   quarter           the quarter of the runs' last session (its first day); NULL in the period's totals
--   lijn_code         the lijn; NULL in the totals over lijnen
--   lijn_name         its name
--   runs              runs ended
--   participants      their participants, summed over runs
--   completed         of those, participants who completed their run
--   completion_rate   completed / participants; NULL without participants
CREATE OR REPLACE MACRO rpt_impact_completion(date_from, date_to) AS TABLE
WITH ended AS (
    SELECT run_code, lijn_code, CAST(date_trunc('quarter', last_session) AS DATE) AS quarter
    FROM run_occupancy
    WHERE last_session BETWEEN date_from AND date_to
)
SELECT e.quarter, e.lijn_code, max(l.name) AS lijn_name,
       count(DISTINCT e.run_code)                                     AS runs,
       count(pc.participant_key)                                      AS participants,
       count(pc.participant_key) FILTER (WHERE pc.completed)          AS completed,
       count(pc.participant_key) FILTER (WHERE pc.completed) / nullif(count(pc.participant_key), 0) AS completion_rate
FROM ended e
LEFT JOIN participant_completion pc USING (run_code)
LEFT JOIN lijn l USING (lijn_code)
GROUP BY GROUPING SETS ((e.quarter, e.lijn_code), (e.quarter), (e.lijn_code), ());
