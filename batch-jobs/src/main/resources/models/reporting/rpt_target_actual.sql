-- rpt_target_actual(date_from, date_to, window_months): the actual of every key figure a target
-- can be set for (TargetKpi), over [date_from, date_to], as the monthly summary (Samenvatting)
-- shows it today. Grain: one row per kpi. Columns: kpi; actual (NULL when the figure has no value,
-- e.g. a rate without anyone to count); people: for a count of people the count itself, for a
-- rate or mean over people the number of people it is over, NULL for figures not about people
-- (runs, companies, places) -- the report's privacy rule reads it.
--
-- THE SEAM (#17 -> #12): this is the one place where plan-against-actual takes its actuals.
-- It repeats what the report queries monthly-flows, state-conversion and state-gaps select from
-- the marts. Once the reporting model of #12 lands (rpt_monthly_summary), this model must
-- select from that summary model instead, so that a target is compared with exactly the figure
-- the summary shows; nothing else of the target arithmetic needs to change.
CREATE OR REPLACE MACRO rpt_target_actual(date_from, date_to, window_months) AS TABLE
WITH active AS MATERIALIZED (
    SELECT * FROM run_occupancy WHERE first_session <= date_to AND last_session >= date_from
),
ended AS MATERIALIZED (
    SELECT count(*) AS participants, count(*) FILTER (WHERE completed) AS completed,
           count(DISTINCT run_code) AS runs
    FROM participant_completion
    WHERE run_code IN (SELECT run_code FROM run_occupancy WHERE last_session BETWEEN date_from AND date_to)
),
reached AS MATERIALIZED (
    SELECT * FROM reach(date_from, date_to)
),
converting AS MATERIALIZED (
    -- the conversion state on date_to of every run ended by then (state-conversion)
    SELECT c.cohort_size, c.converted
    FROM conversion(date_to, window_months) c
    JOIN run_occupancy o USING (run_code)
    WHERE o.last_session <= date_to
),
converted_before AS MATERIALIZED (
    SELECT coalesce(sum(converted), 0) AS converted
    FROM conversion(CAST(date_from - INTERVAL 1 DAY AS DATE), window_months)
),
gaps AS MATERIALIZED (
    SELECT count(DISTINCT participant_key) FILTER (WHERE gap IS NOT NULL) AS rated,
           avg(gap) AS mean_gap, avg(CAST(gap = 0 AS INTEGER)) AS at_target_share
    FROM skill_gap(date_to)
),
figures(kpi, actual, people) AS (
    SELECT 'participants_reached', coalesce(max(participants), 0), coalesce(max(participants), 0)
    FROM reached WHERE split = 'totaal'
    UNION ALL SELECT 'companies_reached', coalesce(max(companies), 0), NULL FROM reached WHERE split = 'totaal'
    UNION ALL SELECT 'new_companies', coalesce(max(companies), 0), NULL FROM reached WHERE split = 'bedrijf' AND value = 'nieuw'
    UNION ALL SELECT 'mkb_share', max(mkb_share), NULL FROM reached WHERE split = 'totaal'
    UNION ALL SELECT 'active_runs', count(*), NULL FROM active
    UNION ALL SELECT 'runs_under_minimum', count(*) FILTER (WHERE band_status = 'onder minimum'), NULL FROM active
    UNION ALL SELECT 'places_taken', coalesce(sum(participants), 0), coalesce(sum(participants), 0) FROM active
    UNION ALL SELECT 'mean_occupancy_rate', avg(occupancy_rate), NULL FROM active
    UNION ALL SELECT 'runs_ended', (SELECT count(*) FROM run_occupancy WHERE last_session BETWEEN date_from AND date_to), NULL
    UNION ALL SELECT 'completed', completed, completed FROM ended
    UNION ALL SELECT 'completion_rate', completed / nullif(participants, 0), participants FROM ended
    UNION ALL SELECT 'badges_issued', coalesce(sum(issued), 0), coalesce(sum(issued), 0)
    FROM module_badges_monthly WHERE month BETWEEN date_from AND date_to
    UNION ALL SELECT 'certificates_earned', count(*), count(*) FROM certificates_earned WHERE earned_on BETWEEN date_from AND date_to
    UNION ALL SELECT 'conversions', c.converted - b.converted, c.converted - b.converted
    FROM (SELECT coalesce(sum(converted), 0) AS converted FROM conversion(date_to, window_months)) c, converted_before b
    UNION ALL SELECT 'conversion_rate', sum(converted) / nullif(sum(cohort_size), 0), coalesce(sum(cohort_size), 0) FROM converting
    UNION ALL SELECT 'at_target_share', at_target_share, rated FROM gaps
    UNION ALL SELECT 'mean_gap', mean_gap, rated FROM gaps
    UNION ALL SELECT 'coaches_trained', count(DISTINCT coach_key), count(DISTINCT coach_key)
    FROM stg_coach WHERE trained_on BETWEEN date_from AND date_to
)
SELECT kpi, CAST(actual AS DOUBLE) AS actual, CAST(people AS BIGINT) AS people FROM figures;
