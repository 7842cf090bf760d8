-- Coaches trained per track (coaches_trained) in the month ending $2, the year from $1, and up
-- to $2. A coach is trained once per track, so the months of a track add up to distinct coaches.
SELECT track,
       coalesce(sum(coaches_trained) FILTER (WHERE month = date_trunc('month', $2::DATE)), 0) AS in_month,
       coalesce(sum(coaches_trained) FILTER (WHERE month >= $1), 0)                         AS year_to_date,
       sum(coaches_trained)                                                                   AS to_date
FROM coaches_trained(DATE '1900-01-01', $2)
GROUP BY track
ORDER BY track NULLS LAST
