-- Plan against actual on day $1 (rpt_target_progress; thresholds $2 and $3) of the targets whose
-- period overlaps [$4, $5]: the year to date of a monthly report, or an impact report's programme period.
SELECT * FROM rpt_target_progress($1, $2, $3)
WHERE period_from <= $5 AND period_to >= $4
ORDER BY position
