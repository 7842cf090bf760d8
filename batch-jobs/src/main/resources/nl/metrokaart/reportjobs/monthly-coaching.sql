-- Train-the-trainer's reach and outcome (rpt_coaching) of month $1 over period $2 ('month', 'year_to_date', 'to_date').
SELECT * FROM rpt_coaching WHERE month = $1 AND period = $2
