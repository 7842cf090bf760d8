-- rpt_monthly_summary: the board's key figures of the Maandrapportage's summary (defined once, in
-- rpt_period_summaries), for every month of rpt_month over two periods: the month itself and the year to date (1 January to the month's
-- end). Flow figures count what happened in the period; the state figures (cohort_*, conversion,
-- gaps) are those on the period's last day, the same for both periods of a month. The month's rows
-- also hold each figure's change against the month before (the summary's and the board's change
-- column; the reports hide a change whose figures are hidden): the month before is computed with
-- the same definition, also for the first month of rpt_month.
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
--   active_runs_change              active_runs of the month minus that of the month before; NULL on year_to_date rows
--   runs_below_minimum_change       runs_below_minimum of the month minus that of the month before; NULL on year_to_date rows
--   places_taken_change             places_taken of the month minus that of the month before; NULL on year_to_date rows
--   mean_occupancy_rate_change      mean_occupancy_rate of the month minus that of the month before (NULL when either is NULL); NULL on year_to_date rows
--   participants_change             participants of the month minus that of the month before; NULL on year_to_date rows
--   companies_change                companies of the month minus that of the month before; NULL on year_to_date rows
--   mkb_share_change                mkb_share of the month minus that of the month before (NULL when either is NULL); NULL on year_to_date rows
--   new_companies_change            new_companies of the month minus that of the month before; NULL on year_to_date rows
--   runs_ended_change               runs_ended of the month minus that of the month before; NULL on year_to_date rows
--   ended_participants_change       ended_participants of the month minus that of the month before; NULL on year_to_date rows
--   completed_change                completed of the month minus that of the month before; NULL on year_to_date rows
--   completion_rate_change          completion_rate of the month minus that of the month before (NULL when either is NULL); NULL on year_to_date rows
--   badges_issued_change            badges_issued of the month minus that of the month before; NULL on year_to_date rows
--   certificates_earned_change      certificates_earned of the month minus that of the month before; NULL on year_to_date rows
--   converted_change                converted of the month minus that of the month before; NULL on year_to_date rows
--   cohort_size_change              cohort_size of the month minus that of the month before; NULL on year_to_date rows
--   cohort_converted_change         cohort_converted of the month minus that of the month before; NULL on year_to_date rows
--   conversion_rate_change          conversion_rate of the month minus that of the month before (NULL when either is NULL); NULL on year_to_date rows
--   rated_participants_change       rated_participants of the month minus that of the month before; NULL on year_to_date rows
--   mean_gap_change                 mean_gap of the month minus that of the month before (NULL when either is NULL); NULL on year_to_date rows
--   at_target_share_change          at_target_share of the month minus that of the month before (NULL when either is NULL); NULL on year_to_date rows
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_monthly_summary AS
WITH periods AS (
    SELECT month, 'month' AS period, month AS period_start, month_end AS period_end, previous_month FROM rpt_month
    UNION ALL
    SELECT month, 'year_to_date', year_start, month_end, previous_month FROM rpt_month
),
-- every period in one set-based call (a call per month made the models step slow at scale): each
-- month, each year to date, and each month before (the first month's is not in rpt_month)
summaries AS MATERIALIZED (
    SELECT * FROM rpt_period_summaries((SELECT list({'period_start': month, 'period_end': month_end})
                                               || list({'period_start': year_start, 'period_end': month_end})
                                               || list({'period_start': previous_month, 'period_end': CAST(month - INTERVAL 1 DAY AS DATE)})
                                        FROM rpt_month))
)
SELECT p.month, p.period, s.period_start, s.period_end,
       s.active_runs, s.runs_below_minimum, s.places_taken, s.mean_occupancy_rate,
       s.participants, s.companies, s.mkb_share, s.new_companies,
       s.runs_ended, s.ended_participants, s.completed, s.completion_rate,
       s.badges_issued, s.certificates_earned,
       s.converted, s.cohort_size, s.cohort_converted, s.conversion_rate, s.any_window_open,
       s.rated_participants, s.mean_gap, s.at_target_share,
       CASE WHEN p.period = 'month' THEN coalesce(s.active_runs, 0) - coalesce(b.active_runs, 0) END AS active_runs_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.runs_below_minimum, 0) - coalesce(b.runs_below_minimum, 0) END AS runs_below_minimum_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.places_taken, 0) - coalesce(b.places_taken, 0) END AS places_taken_change,
       CASE WHEN p.period = 'month' THEN s.mean_occupancy_rate - b.mean_occupancy_rate END AS mean_occupancy_rate_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.participants, 0) - coalesce(b.participants, 0) END AS participants_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.companies, 0) - coalesce(b.companies, 0) END AS companies_change,
       CASE WHEN p.period = 'month' THEN s.mkb_share - b.mkb_share END AS mkb_share_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.new_companies, 0) - coalesce(b.new_companies, 0) END AS new_companies_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.runs_ended, 0) - coalesce(b.runs_ended, 0) END AS runs_ended_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.ended_participants, 0) - coalesce(b.ended_participants, 0) END AS ended_participants_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.completed, 0) - coalesce(b.completed, 0) END AS completed_change,
       CASE WHEN p.period = 'month' THEN s.completion_rate - b.completion_rate END AS completion_rate_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.badges_issued, 0) - coalesce(b.badges_issued, 0) END AS badges_issued_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.certificates_earned, 0) - coalesce(b.certificates_earned, 0) END AS certificates_earned_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.converted, 0) - coalesce(b.converted, 0) END AS converted_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.cohort_size, 0) - coalesce(b.cohort_size, 0) END AS cohort_size_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.cohort_converted, 0) - coalesce(b.cohort_converted, 0) END AS cohort_converted_change,
       CASE WHEN p.period = 'month' THEN s.conversion_rate - b.conversion_rate END AS conversion_rate_change,
       CASE WHEN p.period = 'month' THEN coalesce(s.rated_participants, 0) - coalesce(b.rated_participants, 0) END AS rated_participants_change,
       CASE WHEN p.period = 'month' THEN s.mean_gap - b.mean_gap END AS mean_gap_change,
       CASE WHEN p.period = 'month' THEN s.at_target_share - b.at_target_share END AS at_target_share_change
FROM periods p
JOIN summaries s ON s.period_start = p.period_start AND s.period_end = p.period_end
LEFT JOIN summaries b ON b.period_start = p.previous_month AND b.period_end = CAST(p.month - INTERVAL 1 DAY AS DATE);
