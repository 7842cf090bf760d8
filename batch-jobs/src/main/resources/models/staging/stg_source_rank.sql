-- stg_source_rank: the ranking of assessment sources on the same day (higher wins): the
-- catalogue's own, else assessor > coach > self.
CREATE OR REPLACE VIEW stg_source_rank AS
SELECT source, rank FROM source_rank
UNION ALL
SELECT source, rank FROM (VALUES ('assessor', 3), ('coach', 2), ('self', 1)) AS d(source, rank)
WHERE NOT EXISTS (SELECT 1 FROM source_rank);
