-- reach(from, to): who the lijnen reached in a period. Participants: a row not cancelled with a
-- session in [from, to]; their companies (each participant's company: stg_participant);
-- mkb companies (< 250 employees) and the mkb share of companies. One row per split value:
-- split 'totaal' (value 'alle'), 'grootteklasse' (micro, klein, middel, groot, onbekend),
-- 'sector', 'regio', and 'bedrijf' (nieuw: no enrolment row naming the company, not cancelled,
-- with a session before from; terugkerend otherwise). Company counts are not personal data;
-- participant counts are. Defined once over a list of periods: reaches([{'period_start': from,
-- 'period_end': to}]).
-- grain: one row per split value
-- key: split, value
-- columns:
--   split           totaal, grootteklasse, sector, regio or bedrijf
--   value           the value of the split (alle for totaal; nieuw/terugkerend for bedrijf)
--   participants    participants reached (a row not cancelled with a session in the period)
--   companies       their companies
--   mkb_companies   the mkb among them
--   mkb_share       mkb_companies / companies
CREATE OR REPLACE MACRO reach(date_from, date_to) AS TABLE
SELECT * EXCLUDE (period_start, period_end)
FROM reaches([{'period_start': CAST(date_from AS DATE), 'period_end': CAST(date_to AS DATE)}])
ORDER BY split, value;
