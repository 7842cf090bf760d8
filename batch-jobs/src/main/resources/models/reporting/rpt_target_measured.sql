-- rpt_target_measured: the actuals plan against actual compares with its targets, computed once
-- for every report date the reports use (the last day of every month of rpt_month: a monthly
-- report's month, an impact report's quarter or period end): per target of the catalogue started
-- by that day, every key figure over [period_from, least(month's end, period_to)]
-- (rpt_target_actuals, all periods in one query). rpt_target_progress reads its actuals here.
-- grain: one row per month of rpt_month, target period started by the month's end and kpi
-- key: month, period_from, kpi
-- columns:
--   month         the month's first day (the report date is its last day)
--   period_from   the target period's first day
--   measured_to   the last day measured: the month's end, or the period's end when that is earlier
--   kpi           the key figure's name in the catalogue's targets block
--   actual        its value over [period_from, measured_to]; NULL when it has none
--   people        whom it counts, for the privacy rule (rpt_target_actuals)
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_target_measured AS
WITH target_periods AS (
    SELECT DISTINCT m.month, t.period_from, least(m.month_end, t.period_to) AS measured_to
    FROM rpt_month m JOIN target t ON t.period_from <= m.month_end
)
SELECT p.month, p.period_from, p.measured_to, a.kpi, a.actual, a.people
FROM target_periods p
JOIN rpt_target_actuals((SELECT list({'period_start': period_from, 'period_end': measured_to}) FROM target_periods)) a
  ON a.period_start = p.period_from AND a.period_end = p.measured_to;
