-- rpt_period_summaries(periods): the board's key figures over every period of a list
-- ([{'period_start': DATE, 'period_end': DATE}, ...]), all computed in one set-based query (a
-- calendar join, not a call per period): the one definition of every figure of the Maandrapportage's
-- summary (rpt_monthly_summary passes every month and year to date of rpt_month) and of the actuals
-- plan-against-actual compares with its targets (rpt_period_summary, rpt_target_actual). Flow
-- figures count what happened in the period; the state figures (cohort_*, conversion, gaps) are
-- those on its last day. The conversion window is the catalogue's (stg_rules). The state figures
-- follow the marts' rules (conversion, skill_gap) from their inputs as dated events: a participant
-- converted by d is one whose first qualifying follow-up starts on or before d, and a skill's
-- current level at d is the level of its latest assessment day on or before d, so every period end
-- reads the running totals of the last change before it.
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
-- conversion (the mart conversion's rule): a run's cohort are its participants (stg_cohort); one of
-- them is converted by d when their first qualifying follow-up (stg_first_followup without a date
-- limit) starts on or before d; the window is open at d while its end is after d
cohorts AS (
    SELECT c.run_code, count(DISTINCT c.participant_key) AS cohort_size, any_value(w.window_end) AS window_end,
           any_value(o.last_session) AS last_session
    FROM stg_cohort c
    JOIN stg_conversion_window(DATE '9999-12-31', (SELECT conversion_window_months FROM stg_rules)) w USING (run_code)
    LEFT JOIN run_occupancy o ON o.run_code = c.run_code
    GROUP BY c.run_code
),
conversions AS (
    SELECT f.run_code, f.participant_key, f.first_start, k.last_session
    FROM stg_first_followup(DATE '9999-12-31', (SELECT conversion_window_months FROM stg_rules)) f
    JOIN cohorts k USING (run_code)
),
cohort_state AS (
    SELECT a.period_id,
           coalesce(sum(k.cohort_size), 0)                     AS cohort_size,
           coalesce(bool_or(k.window_end > a.period_end), false) AS any_window_open
    FROM asked a LEFT JOIN cohorts k ON k.last_session <= a.period_end
    GROUP BY a.period_id
),
converted_state AS (
    SELECT a.period_id,
           count(v.participant_key)                                                  AS converted_by_end,
           count(v.participant_key) FILTER (WHERE v.first_start < a.period_start)    AS converted_by_start,
           count(v.participant_key) FILTER (WHERE v.last_session <= a.period_end)    AS cohort_converted
    FROM asked a LEFT JOIN conversions v ON v.first_start <= a.period_end
    GROUP BY a.period_id
),
-- skill gaps (the mart skill_gap's rule): per participant, lijn followed and skill of its profile,
-- the gap at d is that of the latest assessment day on or before d (same day: the pick of
-- stg_assessment.pick_key); every change of a row's gap is an event, their running sums per day
-- are the state at that day
gap_people AS (
    SELECT participant_key, row_number() OVER () AS person_id FROM (SELECT DISTINCT participant_key FROM stg_cohort)
),
gap_rows AS (
    SELECT row_number() OVER () AS gap_row, g.person_id, t.skill_code, t.target_level
    FROM (SELECT DISTINCT participant_key, lijn_code FROM stg_cohort) f
    JOIN gap_people g USING (participant_key)
    JOIN lijn l USING (lijn_code)
    JOIN profile_target t ON t.profile_code = l.profile_code
),
level_days AS (
    SELECT g.person_id, a.skill_code, a.assessed_on AS day, max_by(a.level, a.pick_key) AS level
    FROM stg_assessment a JOIN gap_people g USING (participant_key)
    WHERE a.pick_key IS NOT NULL
    GROUP BY g.person_id, a.skill_code, a.assessed_on
),
gap_versions AS (
    SELECT g.gap_row, g.person_id, d.day, greatest(0, g.target_level - d.level) AS gap,
           lag(greatest(0, g.target_level - d.level)) OVER (PARTITION BY g.gap_row ORDER BY d.day) AS previous_gap,
           lag(d.day) OVER (PARTITION BY g.gap_row ORDER BY d.day) AS previous_day
    FROM gap_rows g JOIN level_days d USING (person_id, skill_code)
),
gap_changes AS (
    SELECT day,
           count(*) FILTER (WHERE previous_day IS NULL)                                  AS rated_rows,
           sum(gap - coalesce(previous_gap, 0))                                         AS gap_sum,
           sum(CAST(gap = 0 AS INTEGER) - coalesce(CAST(previous_gap = 0 AS INTEGER), 0)) AS at_target_rows
    FROM gap_versions
    GROUP BY day
),
rated_from AS (
    SELECT first_day AS day, count(*) AS rated_participants
    FROM (SELECT person_id, min(day) AS first_day FROM gap_versions GROUP BY person_id)
    GROUP BY first_day
),
gap_days AS (
    SELECT day,
           sum(coalesce(c.rated_rows, 0)) OVER w         AS rated_rows,
           sum(coalesce(c.gap_sum, 0)) OVER w            AS gap_sum,
           sum(coalesce(c.at_target_rows, 0)) OVER w     AS at_target_rows,
           sum(coalesce(r.rated_participants, 0)) OVER w AS rated_participants
    FROM gap_changes c FULL JOIN rated_from r USING (day)
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
       cv.converted_by_end - cv.converted_by_start AS converted,
       cs.cohort_size, cv.cohort_converted, cv.cohort_converted / nullif(cs.cohort_size, 0) AS conversion_rate,
       cs.any_window_open,
       g.rated_participants, g.mean_gap, g.at_target_share,
       k.coaches_trained
FROM asked p
JOIN active a USING (period_id)
JOIN reached r USING (period_id)
JOIN ended e USING (period_id)
JOIN badges b USING (period_id)
JOIN certificates c USING (period_id)
JOIN cohort_state cs USING (period_id)
JOIN converted_state cv USING (period_id)
JOIN gaps g USING (period_id)
JOIN coaches k USING (period_id);
