-- rpt_period_summary(date_from, date_to): the board's key figures over any period [date_from,
-- date_to]: the one definition of every figure of the Maandrapportage's summary (rpt_monthly_summary
-- takes it for each month and year to date) and of the actuals plan-against-actual compares with
-- its targets (rpt_target_actual). Flow figures count what happened in the period; the state
-- figures (cohort_*, conversion, gaps) are those on its last day. The conversion window is the
-- catalogue's (stg_rules).
-- grain: one row
-- key: (none: one row)
-- columns:
--   period_start          the period's first day
--   period_end            the period's last day
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
--   coaches_trained       distinct coaches with a training completed in the period (stg_coach)
CREATE OR REPLACE MACRO rpt_period_summary(date_from, date_to) AS TABLE
WITH active AS (
    SELECT count(o.run_code)                                                AS active_runs,
           count(o.run_code) FILTER (WHERE o.band_status = 'onder minimum') AS runs_below_minimum,
           coalesce(sum(o.participants), 0)                                 AS places_taken,
           avg(o.occupancy_rate)                                            AS mean_occupancy_rate
    FROM run_occupancy o
    WHERE o.first_session <= date_to AND o.last_session >= date_from
),
reached AS (
    SELECT coalesce(max(r.participants) FILTER (WHERE r.split = 'totaal'), 0)                     AS participants,
           coalesce(max(r.companies) FILTER (WHERE r.split = 'totaal'), 0)                        AS companies,
           max(r.mkb_share) FILTER (WHERE r.split = 'totaal')                                     AS mkb_share,
           coalesce(max(r.companies) FILTER (WHERE r.split = 'bedrijf' AND r.value = 'nieuw'), 0) AS new_companies
    FROM reach(date_from, date_to) r
),
ended AS (
    SELECT count(DISTINCT o.run_code)                            AS runs_ended,
           count(pc.participant_key)                             AS ended_participants,
           count(pc.participant_key) FILTER (WHERE pc.completed) AS completed
    FROM run_occupancy o
    LEFT JOIN participant_completion pc ON pc.run_code = o.run_code
    WHERE o.last_session BETWEEN date_from AND date_to
),
badges AS (
    SELECT coalesce(sum(b.issued), 0) AS badges_issued FROM module_badges_monthly b WHERE b.month BETWEEN date_from AND date_to
),
certificates AS (
    SELECT count(e.participant_key) AS certificates_earned FROM certificates_earned e WHERE e.earned_on BETWEEN date_from AND date_to
),
-- conversion as it stands on the period's last day, and on the day before it starts
converting AS (
    SELECT coalesce(sum(c.converted), 0)                                                AS converted_by_end,
           coalesce(sum(c.cohort_size) FILTER (WHERE o.last_session <= date_to), 0)     AS cohort_size,
           coalesce(sum(c.converted) FILTER (WHERE o.last_session <= date_to), 0)       AS cohort_converted,
           coalesce(bool_or(c.window_open) FILTER (WHERE o.last_session <= date_to), false) AS any_window_open
    FROM conversion(date_to, (SELECT conversion_window_months FROM stg_rules)) c
    LEFT JOIN run_occupancy o ON o.run_code = c.run_code
),
converted_before AS (
    SELECT coalesce(sum(c.converted), 0) AS converted_by_start
    FROM conversion(CAST(date_from - INTERVAL 1 DAY AS DATE), (SELECT conversion_window_months FROM stg_rules)) c
),
gaps AS (
    SELECT count(DISTINCT g.participant_key) FILTER (WHERE g.gap IS NOT NULL) AS rated_participants,
           avg(g.gap)                                                          AS mean_gap,
           avg(CAST(g.gap = 0 AS INTEGER))                                     AS at_target_share
    FROM skill_gap(date_to) g
),
coaches AS (
    SELECT count(DISTINCT coach_key) AS coaches_trained FROM stg_coach WHERE trained_on BETWEEN date_from AND date_to
)
SELECT CAST(date_from AS DATE) AS period_start, CAST(date_to AS DATE) AS period_end,
       a.active_runs, a.runs_below_minimum, a.places_taken, a.mean_occupancy_rate,
       r.participants, r.companies, r.mkb_share, r.new_companies,
       e.runs_ended, e.ended_participants, e.completed, e.completed / nullif(e.ended_participants, 0) AS completion_rate,
       b.badges_issued, c.certificates_earned,
       cv.converted_by_end - cb.converted_by_start AS converted,
       cv.cohort_size, cv.cohort_converted, cv.cohort_converted / nullif(cv.cohort_size, 0) AS conversion_rate,
       cv.any_window_open,
       g.rated_participants, g.mean_gap, g.at_target_share,
       k.coaches_trained
FROM active a, reached r, ended e, badges b, certificates c, converting cv, converted_before cb, gaps g, coaches k;
