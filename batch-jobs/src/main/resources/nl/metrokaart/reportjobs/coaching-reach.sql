-- Train-the-trainer's reach (coach_reach) over one period [$1, $2]: a month, a year to date,
-- everything up to the report date, or a quarter of a programme period.
SELECT * FROM coach_reach($1, $2)
