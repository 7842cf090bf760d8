-- Reach (rpt_impact_reach) per quarter of the programme period [$1, $2] and for the whole of it (quarter NULL).
SELECT quarter, split, value, participants, companies, mkb_companies, mkb_share
FROM rpt_impact_reach($1, $2)
ORDER BY quarter NULLS LAST, split, value
