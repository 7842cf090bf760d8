-- Train-the-trainer (rpt_impact_coaching) per quarter of the programme period [$1, $2] and for the whole of it (quarter NULL).
SELECT * FROM rpt_impact_coaching($1, $2) ORDER BY quarter NULLS LAST
