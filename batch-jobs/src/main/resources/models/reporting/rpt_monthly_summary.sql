-- rpt_monthly_summary: the board's key figures of the Maandrapportage's summary (defined once, in
-- rpt_period_summaries), for every month of rpt_month over two periods: the month itself and the year to date (1 January to the month's
-- end). Flow figures count what happened in the period; the state figures (cohort_*, conversion,
-- gaps) are those on the period's last day, the same for both periods of a month.
-- grain: one row per month of rpt_month and period
-- key: month, period
-- columns:
--   month                 the month's first day
--   period                'month' (the month) or 'year_to_date' (1 January to the month's end)
--   period_start          the period's first day
--   period_end            the period's last day (the month's end)
--   active_runs           runs active in the period: first session on or before its end, last on or after its start (run_occupancy)
--   runs_below_minimum    of those, runs under their lijn's minimum (band_status onder minimum)
--   places_taken          participants of the active runs, summed over runs
--   mean_occupancy_rate   mean occupancy rate (participants / maximum) of the active runs; NULL without runs
--   participants          participants reached: a row not cancelled with a session in the period (reach, totaal)
--   companies             their companies (reach, totaal)
--   mkb_share             share of mkb companies among them (reach, totaal); NULL without companies
--   new_companies         companies without a row of their own before the period (reach, bedrijf nieuw)
--   runs_ended            runs whose last session falls in the period
--   ended_participants    participants of those runs, summed over runs (participant_completion)
--   completed             of those, participants who completed their run
--   completion_rate       completed / ended_participants; NULL without participants
--   badges_issued         badges issued in the period, not revoked (module_badges_monthly)
--   certificates_earned   certificates earned in the period (certificates_earned)
--   converted             participants converted by the period's end minus those converted by the
--                         day before it (conversion with the catalogue's window only grows with its date)
--   cohort_size           participants of the runs ended by the period's end, summed over runs (conversion)
--   cohort_converted      of those, converted by the period's end
--   conversion_rate       cohort_converted / cohort_size; NULL without cohorts
--   any_window_open       whether any of those runs' conversion windows is open at the period's end (the rate is provisional)
--   rated_participants    participants with a current level on a skill of their profile at the period's end (skill_gap)
--   mean_gap              mean skill gap of the rated rows at the period's end
--   at_target_share       share of the rated rows at or above target at the period's end
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_monthly_summary AS
WITH periods AS (
    SELECT month, 'month' AS period, month AS period_start, month_end AS period_end FROM rpt_month
    UNION ALL
    SELECT month, 'year_to_date', year_start, month_end FROM rpt_month
)
-- every period in one set-based call (a call per month made the models step slow at scale)
SELECT p.month, p.period, s.period_start, s.period_end,
       s.active_runs, s.runs_below_minimum, s.places_taken, s.mean_occupancy_rate,
       s.participants, s.companies, s.mkb_share, s.new_companies,
       s.runs_ended, s.ended_participants, s.completed, s.completion_rate,
       s.badges_issued, s.certificates_earned,
       s.converted, s.cohort_size, s.cohort_converted, s.conversion_rate, s.any_window_open,
       s.rated_participants, s.mean_gap, s.at_target_share
FROM periods p
JOIN rpt_period_summaries((SELECT list({'period_start': month, 'period_end': month_end}) || list({'period_start': year_start, 'period_end': month_end})
                           FROM rpt_month)) s
  ON s.period_start = p.period_start AND s.period_end = p.period_end;
