-- Conversion by type of the runs ended in [$1, $2] (rpt_impact_conversion_by_type).
SELECT * FROM rpt_impact_conversion_by_type($1, $2)
