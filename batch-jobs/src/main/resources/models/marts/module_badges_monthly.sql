-- module_badges_monthly: per month (its first day) and nanomodule, the badges issued in it by
-- their issue date, counted as module_badges counts them: issued (not revoked), accepted (issued
-- and Accepted), revoked. Only months with at least one badge of the module are listed; the
-- months of a period add up to the period.
-- grain: one row per month and nanomodule with a badge
-- key: month, module_code
-- columns:
--   month         the month of the issue date (first day)
--   module_code   the nanomodule
--   issued        badges issued in the month, not revoked
--   accepted      of those, Accepted
--   revoked       revoked badges of the month
-- materialized: table (recomputed after each ingest; see Models: every report reads it)
CREATE OR REPLACE VIEW module_badges_monthly AS
SELECT CAST(date_trunc('month', issued_on) AS DATE)                    AS month,
       module_code,
       count(*) FILTER (WHERE NOT revoked)                             AS issued,
       count(*) FILTER (WHERE NOT revoked AND acceptance = 'Accepted') AS accepted,
       count(*) FILTER (WHERE revoked)                                 AS revoked
FROM badge
GROUP BY ALL;
