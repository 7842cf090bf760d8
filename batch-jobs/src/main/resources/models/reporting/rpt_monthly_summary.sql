-- rpt_monthly_summary: the board's key figures of the Maandrapportage's summary, for every month
-- of rpt_month over two periods: the month itself and the year to date (1 January to the month's
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
),
active AS (
    SELECT p.month, p.period,
           count(o.run_code)                                                AS active_runs,
           count(o.run_code) FILTER (WHERE o.band_status = 'onder minimum') AS runs_below_minimum,
           coalesce(sum(o.participants), 0)                                 AS places_taken,
           avg(o.occupancy_rate)                                            AS mean_occupancy_rate
    FROM periods p
    LEFT JOIN run_occupancy o ON o.first_session <= p.period_end AND o.last_session >= p.period_start
    GROUP BY p.month, p.period
),
reached AS (
    SELECT p.month, p.period,
           coalesce(max(r.participants) FILTER (WHERE r.split = 'totaal'), 0)                  AS participants,
           coalesce(max(r.companies) FILTER (WHERE r.split = 'totaal'), 0)                     AS companies,
           max(r.mkb_share) FILTER (WHERE r.split = 'totaal')                                  AS mkb_share,
           coalesce(max(r.companies) FILTER (WHERE r.split = 'bedrijf' AND r.value = 'nieuw'), 0) AS new_companies
    FROM periods p
    LEFT JOIN LATERAL (SELECT * FROM reach(p.period_start, p.period_end)) r ON true
    GROUP BY p.month, p.period
),
ended AS (
    SELECT p.month, p.period,
           count(DISTINCT o.run_code)                                  AS runs_ended,
           count(pc.participant_key)                                   AS ended_participants,
           count(pc.participant_key) FILTER (WHERE pc.completed)       AS completed
    FROM periods p
    LEFT JOIN run_occupancy o ON o.last_session BETWEEN p.period_start AND p.period_end
    LEFT JOIN participant_completion pc ON pc.run_code = o.run_code
    GROUP BY p.month, p.period
),
badges AS (
    SELECT p.month, p.period, coalesce(sum(b.issued), 0) AS badges_issued
    FROM periods p
    LEFT JOIN module_badges_monthly b ON b.month BETWEEN p.period_start AND p.period_end
    GROUP BY p.month, p.period
),
certificates AS (
    SELECT p.month, p.period, count(e.participant_key) AS certificates_earned
    FROM periods p
    LEFT JOIN certificates_earned e ON e.earned_on BETWEEN p.period_start AND p.period_end
    GROUP BY p.month, p.period
),
-- conversion as it stands on each day a period starts after or ends on
days AS (
    SELECT period_end AS d FROM periods
    UNION
    SELECT CAST(period_start - INTERVAL 1 DAY AS DATE) FROM periods
),
converting AS (
    SELECT d.d,
           coalesce(sum(c.converted), 0)                                          AS converted_by_d,
           coalesce(sum(c.cohort_size) FILTER (WHERE o.last_session <= d.d), 0)   AS cohort_size,
           coalesce(sum(c.converted) FILTER (WHERE o.last_session <= d.d), 0)     AS cohort_converted,
           coalesce(bool_or(c.window_open) FILTER (WHERE o.last_session <= d.d), false) AS any_window_open
    FROM days d
    LEFT JOIN LATERAL (SELECT * FROM conversion(d.d, (SELECT conversion_window_months FROM stg_rules))) c ON true
    LEFT JOIN run_occupancy o ON o.run_code = c.run_code
    GROUP BY d.d
),
gaps AS (
    SELECT m.month_end AS d,
           count(DISTINCT g.participant_key) FILTER (WHERE g.gap IS NOT NULL) AS rated_participants,
           avg(g.gap)                                                          AS mean_gap,
           avg(CAST(g.gap = 0 AS INTEGER))                                     AS at_target_share
    FROM rpt_month m
    LEFT JOIN LATERAL (SELECT participant_key, gap FROM skill_gap(m.month_end)) g ON true
    GROUP BY m.month_end
)
SELECT p.month, p.period, p.period_start, p.period_end,
       a.active_runs, a.runs_below_minimum, a.places_taken, a.mean_occupancy_rate,
       r.participants, r.companies, r.mkb_share, r.new_companies,
       e.runs_ended, e.ended_participants, e.completed, e.completed / nullif(e.ended_participants, 0) AS completion_rate,
       b.badges_issued, c.certificates_earned,
       now_.converted_by_d - before_.converted_by_d AS converted,
       now_.cohort_size, now_.cohort_converted, now_.cohort_converted / nullif(now_.cohort_size, 0) AS conversion_rate,
       now_.any_window_open,
       coalesce(g.rated_participants, 0) AS rated_participants, g.mean_gap, g.at_target_share
FROM periods p
JOIN active a USING (month, period)
JOIN reached r USING (month, period)
JOIN ended e USING (month, period)
JOIN badges b USING (month, period)
JOIN certificates c USING (month, period)
JOIN converting now_ ON now_.d = p.period_end
JOIN converting before_ ON before_.d = CAST(p.period_start - INTERVAL 1 DAY AS DATE)
LEFT JOIN gaps g ON g.d = p.period_end;
