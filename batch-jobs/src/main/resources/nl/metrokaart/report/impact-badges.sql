-- Badges issued (module_badges_monthly) in the months of [$1, $2], per quarter and module, per
-- quarter, per module and in all (NULL for the totals), with the module's title.
SELECT CAST(date_trunc('quarter', b.month) AS DATE) AS quarter, b.module_code AS code, max(m.title) AS name, sum(b.issued) AS count
FROM module_badges_monthly b
LEFT JOIN module m USING (module_code)
WHERE b.month BETWEEN $1 AND $2
GROUP BY GROUPING SETS ((quarter, b.module_code), (quarter), (b.module_code), ())
