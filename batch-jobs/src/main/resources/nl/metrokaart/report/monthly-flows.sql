-- The board's figures counted over one period [$1, $2] (a month, or the year to date), every one
-- read from a mart: runs active in it (run_occupancy), who was reached (reach), runs that ended
-- in it and how many of their participants completed (participant_completion), badges issued
-- (module_badges_monthly), certificates earned (certificates_earned), and conversions: the
-- participants converted by the period's end minus those converted by the day before it
-- (conversion only grows with its date). $3: the conversion window in months.
WITH active AS MATERIALIZED (
    SELECT * FROM run_occupancy WHERE first_session <= $2 AND last_session >= $1
),
ended AS (
    SELECT run_code FROM run_occupancy WHERE last_session BETWEEN $1 AND $2
),
completion AS MATERIALIZED (
    SELECT count(*) AS participants, count(*) FILTER (WHERE completed) AS completed
    FROM participant_completion WHERE run_code IN (SELECT run_code FROM ended)
),
reached AS MATERIALIZED (
    SELECT * FROM reach($1, $2)
)
SELECT (SELECT count(*) FROM active)                                            AS active_runs,
       (SELECT count(*) FILTER (WHERE band_status = 'onder minimum') FROM active) AS runs_below_minimum,
       (SELECT coalesce(sum(participants), 0) FROM active)                      AS places_taken,
       (SELECT avg(occupancy_rate) FROM active)                                 AS mean_occupancy_rate,
       (SELECT coalesce(max(participants), 0) FROM reached WHERE split = 'totaal') AS participants,
       (SELECT coalesce(max(companies), 0) FROM reached WHERE split = 'totaal')  AS companies,
       (SELECT max(mkb_share) FROM reached WHERE split = 'totaal')               AS mkb_share,
       (SELECT coalesce(max(companies), 0) FROM reached WHERE split = 'bedrijf' AND value = 'nieuw') AS new_companies,
       (SELECT count(*) FROM ended)                                              AS runs_ended,
       (SELECT participants FROM completion)                                     AS ended_participants,
       (SELECT completed FROM completion)                                        AS completed,
       (SELECT completed / nullif(participants, 0) FROM completion)              AS completion_rate,
       (SELECT coalesce(sum(issued), 0) FROM module_badges_monthly WHERE month BETWEEN $1 AND $2) AS badges_issued,
       (SELECT count(*) FROM certificates_earned WHERE earned_on BETWEEN $1 AND $2) AS certificates_earned,
       (SELECT coalesce(sum(converted), 0) FROM conversion($2, $3))
         - (SELECT coalesce(sum(converted), 0) FROM conversion(CAST($1 - INTERVAL 1 DAY AS DATE), $3)) AS converted
