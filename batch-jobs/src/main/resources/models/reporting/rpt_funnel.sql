-- rpt_funnel: the funnel (funnels) at the end of every month of rpt_month of every run whose first
-- session is on or before that day, with its lijn, sessions and whether its conversion window
-- (catalogue's window) is open; and per month one total row (run_code NULL, is_total true): those
-- runs together, their counts summed and the shares of the sums. All months in one set-based query
-- (funnels and conversions over the list of month ends), not a call per month.
-- grain: one row per month and run started by the month's end, plus one total row per month with such runs
-- key: month, run_code (NULL on the total row)
-- columns:
--   month                 the month's first day (the funnel is the state at its last day)
--   run_code              the run; NULL on the total row
--   lijn_code             its lijn; NULL on the total row
--   first_session         the run's first session; on the total row the earliest
--   last_session          the run's last session; on the total row the latest
--   enrolled              participants of the run
--   present_any           of those, present at one or more of its modules by the month's end
--   completed             of those, completed with the presence up to the month's end
--   with_badge            of those, holding an issued badge for a module of the run's lijn dated by the month's end
--   with_followup         of those, converted by the month's end
--   present_any_share     present_any / enrolled
--   completed_share       completed / enrolled
--   with_badge_share      with_badge / enrolled
--   with_followup_share   with_followup / enrolled
--   window_open           whether the run's conversion window is open at the month's end (on the total row: any)
--   is_total              true on the total row
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_funnel AS
WITH months AS (
    SELECT list(month_end) AS ends FROM rpt_month
),
runs AS MATERIALIZED (
    SELECT m.month, f.*, o.lijn_code, o.first_session, o.last_session, c.window_open
    FROM rpt_month m
    JOIN funnels((SELECT ends FROM months)) f ON f.as_of = m.month_end
    JOIN run_occupancy o ON o.run_code = f.run_code
    JOIN conversions((SELECT ends FROM months), (SELECT conversion_window_months FROM stg_rules)) c
      ON c.as_of = m.month_end AND c.run_code = f.run_code
    WHERE o.first_session <= m.month_end
)
SELECT month, run_code, lijn_code, first_session, last_session, enrolled, present_any, completed, with_badge, with_followup,
       present_any_share, completed_share, with_badge_share, with_followup_share, window_open, false AS is_total
FROM runs
UNION ALL
SELECT month, NULL, NULL, min(first_session), max(last_session), sum(enrolled), sum(present_any), sum(completed), sum(with_badge),
       sum(with_followup), sum(present_any) / sum(enrolled), sum(completed) / sum(enrolled), sum(with_badge) / sum(enrolled),
       sum(with_followup) / sum(enrolled), bool_or(window_open), true
FROM runs
GROUP BY month;
