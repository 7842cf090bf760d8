-- rpt_target_actuals(periods): the actual of every key figure a target can be set for (TargetKpi)
-- over every period of a list ([{'period_start': DATE, 'period_end': DATE}, ...]), exactly as the
-- summary shows it: each is a column of rpt_period_summaries, the figures' one definition (all
-- periods in one set-based query); this model only names them and says whom they count (for the
-- privacy rule).
-- grain: one row per period of the list and kpi
-- key: period_start, period_end, kpi
-- columns:
--   period_start   the period's first day
--   period_end     the period's last day
--   kpi            the key figure's name in the catalogue's targets block
--   actual         its value over the period; NULL when it has none (a rate without anyone to count)
--   people         for a count of people the count itself, for a rate or mean over people the number of
--                  people it is over; NULL for figures not about people (runs, companies) - the
--                  report's privacy rule reads it
CREATE OR REPLACE MACRO rpt_target_actuals(periods) AS TABLE
WITH s AS (SELECT * FROM rpt_period_summaries(periods)),
figures(period_start, period_end, kpi, actual, people) AS (
    SELECT period_start, period_end, 'participants_reached', participants, participants FROM s
    UNION ALL SELECT period_start, period_end, 'companies_reached', companies, NULL FROM s
    UNION ALL SELECT period_start, period_end, 'new_companies', new_companies, NULL FROM s
    UNION ALL SELECT period_start, period_end, 'mkb_share', mkb_share, NULL FROM s
    UNION ALL SELECT period_start, period_end, 'active_runs', active_runs, NULL FROM s
    UNION ALL SELECT period_start, period_end, 'runs_under_minimum', runs_below_minimum, NULL FROM s
    UNION ALL SELECT period_start, period_end, 'places_taken', places_taken, places_taken FROM s
    UNION ALL SELECT period_start, period_end, 'mean_occupancy_rate', mean_occupancy_rate, NULL FROM s
    UNION ALL SELECT period_start, period_end, 'runs_ended', runs_ended, NULL FROM s
    UNION ALL SELECT period_start, period_end, 'completed', completed, completed FROM s
    UNION ALL SELECT period_start, period_end, 'completion_rate', completion_rate, ended_participants FROM s
    UNION ALL SELECT period_start, period_end, 'badges_issued', badges_issued, badges_issued FROM s
    UNION ALL SELECT period_start, period_end, 'certificates_earned', certificates_earned, certificates_earned FROM s
    UNION ALL SELECT period_start, period_end, 'conversions', converted, converted FROM s
    UNION ALL SELECT period_start, period_end, 'conversion_rate', conversion_rate, cohort_size FROM s
    UNION ALL SELECT period_start, period_end, 'at_target_share', at_target_share, rated_participants FROM s
    UNION ALL SELECT period_start, period_end, 'mean_gap', mean_gap, rated_participants FROM s
    UNION ALL SELECT period_start, period_end, 'coaches_trained', coaches_trained, coaches_trained FROM s
)
SELECT period_start, period_end, kpi, CAST(actual AS DOUBLE) AS actual, CAST(people AS BIGINT) AS people FROM figures;
