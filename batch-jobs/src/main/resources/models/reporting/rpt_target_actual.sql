-- rpt_target_actual(date_from, date_to): the actual of every key figure a target can be set for
-- (TargetKpi) over [date_from, date_to], exactly as the summary shows it: each is a column of
-- rpt_period_summary, the figures' one definition; this model only names them and says whom they
-- count (for the privacy rule).
-- grain: one row per kpi
-- key: kpi
-- columns:
--   kpi      the key figure's name in the catalogue's targets block
--   actual   its value over the period; NULL when it has none (a rate without anyone to count)
--   people   for a count of people the count itself, for a rate or mean over people the number of
--            people it is over; NULL for figures not about people (runs, companies) - the
--            report's privacy rule reads it
CREATE OR REPLACE MACRO rpt_target_actual(date_from, date_to) AS TABLE
WITH s AS (SELECT * FROM rpt_period_summary(date_from, date_to)),
figures(kpi, actual, people) AS (
    SELECT 'participants_reached', participants, participants FROM s
    UNION ALL SELECT 'companies_reached', companies, NULL FROM s
    UNION ALL SELECT 'new_companies', new_companies, NULL FROM s
    UNION ALL SELECT 'mkb_share', mkb_share, NULL FROM s
    UNION ALL SELECT 'active_runs', active_runs, NULL FROM s
    UNION ALL SELECT 'runs_under_minimum', runs_below_minimum, NULL FROM s
    UNION ALL SELECT 'places_taken', places_taken, places_taken FROM s
    UNION ALL SELECT 'mean_occupancy_rate', mean_occupancy_rate, NULL FROM s
    UNION ALL SELECT 'runs_ended', runs_ended, NULL FROM s
    UNION ALL SELECT 'completed', completed, completed FROM s
    UNION ALL SELECT 'completion_rate', completion_rate, ended_participants FROM s
    UNION ALL SELECT 'badges_issued', badges_issued, badges_issued FROM s
    UNION ALL SELECT 'certificates_earned', certificates_earned, certificates_earned FROM s
    UNION ALL SELECT 'conversions', converted, converted FROM s
    UNION ALL SELECT 'conversion_rate', conversion_rate, cohort_size FROM s
    UNION ALL SELECT 'at_target_share', at_target_share, rated_participants FROM s
    UNION ALL SELECT 'mean_gap', mean_gap, rated_participants FROM s
    UNION ALL SELECT 'coaches_trained', coaches_trained, coaches_trained FROM s
)
SELECT kpi, CAST(actual AS DOUBLE) AS actual, CAST(people AS BIGINT) AS people FROM figures;
