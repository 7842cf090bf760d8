-- rpt_target_actual(date_from, date_to): the actual of every key figure a target can be set for
-- (TargetKpi) over [date_from, date_to], exactly as the summary shows it: rpt_target_actuals for
-- a list of this one period.
-- grain: one row per kpi
-- key: kpi
-- columns:
--   kpi      the key figure's name in the catalogue's targets block
--   actual   its value over the period; NULL when it has none (a rate without anyone to count)
--   people   for a count of people the count itself, for a rate or mean over people the number of
--            people it is over; NULL for figures not about people (runs, companies) - the
--            report's privacy rule reads it
CREATE OR REPLACE MACRO rpt_target_actual(date_from, date_to) AS TABLE
SELECT kpi, actual, people
FROM rpt_target_actuals([{'period_start': CAST(date_from AS DATE), 'period_end': CAST(date_to AS DATE)}]);
