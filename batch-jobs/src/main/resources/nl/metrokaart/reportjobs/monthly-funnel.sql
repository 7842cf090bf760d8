-- The funnel (rpt_funnel) at the end of month $1 of every run started by then, and the total row last.
SELECT run_code, lijn_code, first_session, last_session, enrolled, present_any, completed, with_badge, with_followup,
       present_any_share, completed_share, with_badge_share, with_followup_share, window_open
FROM rpt_funnel
WHERE month = $1
ORDER BY is_total, last_session, run_code
