-- Completion of the runs ended in [$1, $2] (rpt_impact_completion).
SELECT * FROM rpt_impact_completion($1, $2)
