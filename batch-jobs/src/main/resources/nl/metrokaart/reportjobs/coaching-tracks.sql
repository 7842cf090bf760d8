-- Coaches trained per track (rpt_coaching_tracks) of month $1.
SELECT track, in_month, year_to_date, to_date FROM rpt_coaching_tracks WHERE month = $1 ORDER BY track NULLS LAST
