-- Plan against actual on day $1 (rpt_target_progress; window $2 months, thresholds $3 and $4) of
-- the targets whose period overlaps [$5, $6]: the year to date of a monthly report, or an impact
-- report's programme period.
SELECT * FROM rpt_target_progress($1, $2, $3, $4)
WHERE period_from <= $6 AND period_to >= $5
ORDER BY position
