-- Learning gain of the runs ended in [$1, $2] (rpt_impact_learning_gain).
SELECT * FROM rpt_impact_learning_gain($1, $2)
