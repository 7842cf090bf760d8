-- Conversion at the end of the period of the runs ended in [$1, $2] (rpt_impact_conversion).
SELECT * FROM rpt_impact_conversion($1, $2)
