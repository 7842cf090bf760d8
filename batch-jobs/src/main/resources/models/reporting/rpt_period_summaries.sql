-- rpt_period_summaries(periods): the board's key figures over every period of a list
-- ([{'period_start': DATE, 'period_end': DATE}, ...]), all computed in one set-based query (a
-- calendar join, not a call per period): the one definition of every figure of the Maandrapportage's
-- summary (rpt_monthly_summary passes every month and year to date of rpt_month) and of the actuals
-- plan-against-actual compares with its targets (rpt_period_summary, rpt_target_actual). Flow
-- figures count what happened in the period; the state figures (cohort_*, conversion, gaps) are
-- those on its last day. The conversion window is the catalogue's (stg_rules). The state figures
-- read the marts' one set-based definitions: conversion from conversions(dates, W) at each period's
-- end (and the day before its start), the skill gaps from skill_gap_history (each row's spans of a
-- current level), whose changes' running totals give the state at every period end.
-- grain: one row per distinct period of the list
-- key: period_start, period_end
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
CREATE OR REPLACE MACRO rpt_period_summaries(periods) AS TABLE
WITH asked AS (
    SELECT period_start, period_end, row_number() OVER (ORDER BY period_start, period_end) AS period_id
    FROM (SELECT DISTINCT CAST(p.period_start AS DATE) AS period_start, CAST(p.period_end AS DATE) AS period_end
          FROM (SELECT unnest(periods) AS p))
),
active AS (
    SELECT a.period_id,
           count(o.run_code)                                                AS active_runs,
           count(o.run_code) FILTER (WHERE o.band_status = 'onder minimum') AS runs_below_minimum,
           coalesce(sum(o.participants), 0)                                 AS places_taken,
           avg(o.occupancy_rate)                                            AS mean_occupancy_rate
    FROM asked a
    LEFT JOIN run_occupancy o ON o.first_session <= a.period_end AND o.last_session >= a.period_start
    GROUP BY a.period_id
),
-- reach (split totaal, bedrijf nieuw): a row not cancelled with a session in the period; a company
-- is new unless it has a row of its own (its kvk on the row), not cancelled, before the period
-- (participants and companies as small numbers: a row per period and person must stay small at scale)
own_first AS (
    SELECT company_kvk, min(session_date) AS first_own_session
    FROM stg_enrolment WHERE NOT is_cancelled AND company_kvk IS NOT NULL
    GROUP BY company_kvk
),
company_ids AS (
    SELECT k.company_kvk, row_number() OVER () AS company_id, c.is_mkb, f.first_own_session
    FROM (SELECT DISTINCT company_kvk FROM stg_participant WHERE company_kvk IS NOT NULL) k
    LEFT JOIN stg_company c USING (company_kvk)
    LEFT JOIN own_first f USING (company_kvk)
),
people AS (
    SELECT p.participant_key, row_number() OVER () AS person_id, k.company_id, k.is_mkb, k.first_own_session
    FROM stg_participant p LEFT JOIN company_ids k USING (company_kvk)
),
present AS (
    SELECT DISTINCT p.person_id, e.session_date
    FROM stg_enrolment e JOIN people p USING (participant_key)
    WHERE NOT e.is_cancelled
),
reached_rows AS (
    SELECT DISTINCT a.period_id, e.person_id
    FROM asked a JOIN present e ON e.session_date BETWEEN a.period_start AND a.period_end
),
reached AS (
    SELECT a.period_id,
           count(p.person_id)                                                      AS participants,
           count(DISTINCT p.company_id)                                            AS companies,
           count(DISTINCT p.company_id) FILTER (WHERE p.is_mkb) / nullif(count(DISTINCT p.company_id), 0) AS mkb_share,
           count(DISTINCT p.company_id) FILTER (WHERE p.first_own_session IS NULL OR p.first_own_session >= a.period_start) AS new_companies
    FROM asked a
    LEFT JOIN reached_rows r ON r.period_id = a.period_id
    LEFT JOIN people p ON p.person_id = r.person_id
    GROUP BY a.period_id
),
ended AS (
    SELECT a.period_id,
           count(DISTINCT o.run_code)                            AS runs_ended,
           count(pc.participant_key)                             AS ended_participants,
           count(pc.participant_key) FILTER (WHERE pc.completed) AS completed
    FROM asked a
    LEFT JOIN run_occupancy o ON o.last_session BETWEEN a.period_start AND a.period_end
    LEFT JOIN participant_completion pc ON pc.run_code = o.run_code
    GROUP BY a.period_id
),
badges AS (
    SELECT a.period_id, coalesce(sum(b.issued), 0) AS badges_issued
    FROM asked a LEFT JOIN module_badges_monthly b ON b.month BETWEEN a.period_start AND a.period_end
    GROUP BY a.period_id
),
certificates AS (
    SELECT a.period_id, count(e.participant_key) AS certificates_earned
    FROM asked a LEFT JOIN certificates_earned e ON e.earned_on BETWEEN a.period_start AND a.period_end
    GROUP BY a.period_id
),
-- conversion: the mart's one set-based rule (conversions) at each period's end and on the day before
-- its start; a run's cohort counts from its last session (run_occupancy) on
conversion_days AS (
    SELECT * FROM conversions((SELECT list(period_end) || list(CAST(period_start - INTERVAL 1 DAY AS DATE)) FROM asked),
                              (SELECT conversion_window_months FROM stg_rules))
),
converted_state AS (
    SELECT a.period_id,
           coalesce(sum(v.converted), 0)                                              AS converted_by_end,
           coalesce(sum(v.cohort_size) FILTER (WHERE o.last_session <= a.period_end), 0) AS cohort_size,
           coalesce(sum(v.converted) FILTER (WHERE o.last_session <= a.period_end), 0)   AS cohort_converted,
           coalesce(bool_or(v.window_open) FILTER (WHERE o.last_session <= a.period_end), false) AS any_window_open
    FROM asked a
    LEFT JOIN conversion_days v ON v.as_of = a.period_end
    LEFT JOIN run_occupancy o ON o.run_code = v.run_code
    GROUP BY a.period_id
),
converted_before AS (
    SELECT a.period_id, coalesce(sum(v.converted), 0) AS converted_by_start
    FROM asked a
    LEFT JOIN conversion_days v ON v.as_of = CAST(a.period_start - INTERVAL 1 DAY AS DATE)
    GROUP BY a.period_id
),
-- skill gaps: the mart's one definition (skill_gap_history, the spans of each row's current level);
-- a rated span adds its row on its first day and takes it away on the day it ends, so the running
-- sums per day are the state at that day
gap_changes AS (
    SELECT valid_from AS day, 1 AS rated_rows, gap AS gap_sum, CAST(gap = 0 AS INTEGER) AS at_target_rows
    FROM skill_gap_history WHERE current_level IS NOT NULL
    UNION ALL
    SELECT valid_until, -1, -gap, -CAST(gap = 0 AS INTEGER)
    FROM skill_gap_history WHERE current_level IS NOT NULL AND valid_until IS NOT NULL
),
rated_from AS (
    SELECT first_day AS day, count(*) AS rated_participants
    FROM (SELECT participant_key, min(valid_from) AS first_day FROM skill_gap_history WHERE current_level IS NOT NULL GROUP BY participant_key)
    GROUP BY first_day
),
gap_days AS (
    SELECT day,
           sum(coalesce(c.rated_rows, 0)) OVER w         AS rated_rows,
           sum(coalesce(c.gap_sum, 0)) OVER w            AS gap_sum,
           sum(coalesce(c.at_target_rows, 0)) OVER w     AS at_target_rows,
           sum(coalesce(r.rated_participants, 0)) OVER w AS rated_participants
    FROM (SELECT day, sum(rated_rows) AS rated_rows, sum(gap_sum) AS gap_sum, sum(at_target_rows) AS at_target_rows
          FROM gap_changes GROUP BY day) c
    FULL JOIN rated_from r USING (day)
    WINDOW w AS (ORDER BY day)
),
gaps AS (
    SELECT a.period_id,
           CAST(coalesce(max_by(s.rated_participants, s.day), 0) AS BIGINT) AS rated_participants,
           max_by(s.gap_sum, s.day) / nullif(max_by(s.rated_rows, s.day), 0) AS mean_gap,
           max_by(s.at_target_rows, s.day) / nullif(max_by(s.rated_rows, s.day), 0) AS at_target_share
    FROM asked a LEFT JOIN gap_days s ON s.day <= a.period_end
    GROUP BY a.period_id
),
coaches AS (
    SELECT a.period_id, count(DISTINCT k.coach_key) AS coaches_trained
    FROM asked a LEFT JOIN stg_coach k ON k.trained_on BETWEEN a.period_start AND a.period_end
    GROUP BY a.period_id
)
SELECT p.period_start, p.period_end,
       a.active_runs, a.runs_below_minimum, a.places_taken, a.mean_occupancy_rate,
       r.participants, r.companies, r.mkb_share, r.new_companies,
       e.runs_ended, e.ended_participants, e.completed, e.completed / nullif(e.ended_participants, 0) AS completion_rate,
       b.badges_issued, c.certificates_earned,
       cv.converted_by_end - cb.converted_by_start AS converted,
       cv.cohort_size, cv.cohort_converted, cv.cohort_converted / nullif(cv.cohort_size, 0) AS conversion_rate,
       cv.any_window_open,
       g.rated_participants, g.mean_gap, g.at_target_share,
       k.coaches_trained
FROM asked p
JOIN active a USING (period_id)
JOIN reached r USING (period_id)
JOIN ended e USING (period_id)
JOIN badges b USING (period_id)
JOIN certificates c USING (period_id)
JOIN converted_state cv USING (period_id)
JOIN converted_before cb USING (period_id)
JOIN gaps g USING (period_id)
JOIN coaches k USING (period_id);
