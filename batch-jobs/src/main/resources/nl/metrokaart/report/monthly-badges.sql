-- Badges per nanomodule (module_badges), with its title and the badges issued in the month
-- [$1, $2] and in the year to date [$3, $2] (module_badges_monthly).
SELECT b.module_code, m.title,
       coalesce((SELECT sum(issued) FROM module_badges_monthly x WHERE x.module_code = b.module_code AND x.month BETWEEN $1 AND $2), 0) AS issued_in_month,
       coalesce((SELECT sum(issued) FROM module_badges_monthly x WHERE x.module_code = b.module_code AND x.month BETWEEN $3 AND $2), 0) AS issued_year_to_date,
       b.issued, b.accepted, b.revoked, b.participants_present, b.badge_holders, b.badge_rate,
       b.issued_with_acceptance, b.acceptance_rate
FROM module_badges b
LEFT JOIN module m USING (module_code)
ORDER BY b.module_code
