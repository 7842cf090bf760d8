-- rpt_impact_badges(date_from, date_to): badges issued, not revoked (module_badges_monthly), in the
-- months of [date_from, date_to], per quarter and module, per quarter, per module and in all, with
-- the module's title.
-- grain: one row per quarter and module with a badge, per such quarter, per such module, and one for all
-- key: quarter, code (NULL in the totals)
-- columns:
--   quarter   the quarter (its first day); NULL in the period's totals
--   code      the nanomodule; NULL in the totals over modules
--   name      its title
--   count     badges issued
CREATE OR REPLACE MACRO rpt_impact_badges(date_from, date_to) AS TABLE
SELECT CAST(date_trunc('quarter', b.month) AS DATE) AS quarter, b.module_code AS code, max(m.title) AS name, sum(b.issued) AS count
FROM module_badges_monthly b
LEFT JOIN module m USING (module_code)
WHERE b.month BETWEEN date_from AND date_to
GROUP BY GROUPING SETS ((quarter, b.module_code), (quarter), (b.module_code), ());
