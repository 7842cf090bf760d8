-- rpt_coaching_tracks: coaches trained per track (coaches_trained) for every month of rpt_month:
-- in the month, the year to date and up to the month's end. A coach is trained once per track, so
-- the months of a track add up to distinct coaches.
-- grain: one row per month of rpt_month and track with a coach trained by the month's end
-- key: month, track (NULL: coaches whose file named no track)
-- columns:
--   month          the month's first day
--   track          the training track; NULL when the coaches file named none
--   in_month       coaches trained in the track in the month
--   year_to_date   coaches trained in the track from 1 January to the month's end
--   to_date        coaches trained in the track up to the month's end
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_coaching_tracks AS
SELECT r.month, t.track,
       coalesce(sum(t.coaches_trained) FILTER (WHERE t.month = r.month), 0)       AS in_month,
       coalesce(sum(t.coaches_trained) FILTER (WHERE t.month >= r.year_start), 0) AS year_to_date,
       sum(t.coaches_trained)                                                       AS to_date
FROM rpt_month r
JOIN LATERAL (SELECT * FROM coaches_trained(DATE '1900-01-01', r.month_end)) t ON true
GROUP BY r.month, t.track;
