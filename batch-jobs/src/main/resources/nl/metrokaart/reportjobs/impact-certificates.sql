-- Certificates earned in [$1, $2] (rpt_impact_certificates).
SELECT * FROM rpt_impact_certificates($1, $2)
