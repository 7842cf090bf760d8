-- Converted participants (conversion_by_type, day $3, window $4 months) of the runs whose last
-- session falls in [$1, $2], by the type of their first follow-up: per quarter and in all.
SELECT CAST(date_trunc('quarter', o.last_session) AS DATE) AS quarter, t.followup_type AS code, t.followup_type AS name,
       sum(t.converted) AS count
FROM conversion_by_type($3, $4) t
JOIN run_occupancy o USING (run_code)
WHERE o.last_session BETWEEN $1 AND $2
GROUP BY GROUPING SETS ((quarter, t.followup_type), (t.followup_type))
