-- stg_source_rank: the ranking of assessment sources on the same day (higher wins): the
-- catalogue's own, else assessor > coach > self.
-- grain: one row per assessment source
-- key: source
-- columns:
--   source   self, coach or assessor
--   rank     its rank on a same-day tie (higher wins)
CREATE OR REPLACE VIEW stg_source_rank AS
SELECT source, rank FROM source_rank
UNION ALL
SELECT source, rank FROM (VALUES ('assessor', 3), ('coach', 2), ('self', 1)) AS d(source, rank)
WHERE NOT EXISTS (SELECT 1 FROM source_rank);
