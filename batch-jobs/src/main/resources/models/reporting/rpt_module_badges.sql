-- rpt_module_badges: per month of rpt_month and nanomodule with badges (module_badges), its title,
-- the badges issued in the month and in the year to date (module_badges_monthly), and its badge
-- figures over all dates (module_badges).
-- grain: one row per month and nanomodule of module_badges
-- key: month, module_code
-- columns:
--   month                    the month's first day
--   module_code              the nanomodule
--   title                    its title in the catalogue
--   issued_in_month          badges issued in the month, not revoked
--   issued_year_to_date      badges issued from 1 January to the month's end, not revoked
--   issued                   badges issued, not revoked (all dates)
--   accepted                 of those, Accepted
--   revoked                  revoked badges
--   participants_present     participants present at the module (any run)
--   badge_holders            participants holding an issued badge for it
--   badge_rate               badge_holders / participants_present; NULL when nobody was present
--   issued_with_acceptance   issued badges that carry an acceptance
--   acceptance_rate          accepted / issued_with_acceptance; NULL without any
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_module_badges AS
SELECT r.month, b.module_code, m.title,
       coalesce((SELECT sum(issued) FROM module_badges_monthly x
                 WHERE x.module_code = b.module_code AND x.month BETWEEN r.month AND r.month_end), 0)      AS issued_in_month,
       coalesce((SELECT sum(issued) FROM module_badges_monthly x
                 WHERE x.module_code = b.module_code AND x.month BETWEEN r.year_start AND r.month_end), 0) AS issued_year_to_date,
       b.issued, b.accepted, b.revoked, b.participants_present, b.badge_holders, b.badge_rate,
       b.issued_with_acceptance, b.acceptance_rate
FROM rpt_month r
CROSS JOIN module_badges b
LEFT JOIN module m USING (module_code);
