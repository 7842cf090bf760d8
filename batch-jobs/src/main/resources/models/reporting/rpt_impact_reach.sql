-- rpt_impact_reach(date_from, date_to): the Impactrapportage's reach (reaches) per quarter of
-- [date_from, date_to], over the part of the quarter inside it, and over the whole period: every
-- period in one set-based call. Participants and companies are distinct counts over each period:
-- the period's figures are counted over the period, never added up from its quarters.
-- grain: one row per quarter (and one for the whole period) and split value
-- key: quarter (NULL for the whole period), split, value
-- columns:
--   quarter         the quarter's first day; NULL for the whole period
--   period_start    the first day counted: the quarter's first day, or date_from when later
--   period_end      the last day counted: the quarter's last day, or date_to when earlier
--   split           totaal, grootteklasse, sector, regio or bedrijf
--   value           the value of the split (alle for totaal; nieuw/terugkerend for bedrijf)
--   participants    participants reached in the period (a row not cancelled with a session in it)
--   companies       their companies
--   mkb_companies   the mkb among them
--   mkb_share       mkb_companies / companies
CREATE OR REPLACE MACRO rpt_impact_reach(date_from, date_to) AS TABLE
WITH parts AS (
    SELECT * FROM rpt_impact_periods(date_from, date_to)
)
SELECT p.quarter, p.period_start, p.period_end, r.split, r.value, r.participants, r.companies, r.mkb_companies, r.mkb_share
FROM parts p
JOIN reaches((SELECT list({'period_start': period_start, 'period_end': period_end}) FROM parts)) r
  ON r.period_start = p.period_start AND r.period_end = p.period_end;
