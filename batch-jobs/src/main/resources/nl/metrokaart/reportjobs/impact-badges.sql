-- Badges issued in [$1, $2] (rpt_impact_badges).
SELECT * FROM rpt_impact_badges($1, $2)
