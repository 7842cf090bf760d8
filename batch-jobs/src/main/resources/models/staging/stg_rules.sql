-- stg_rules: the pps's rules from its catalogue, with the defaults of docs/domain.md when no catalogue is loaded yet.
-- grain: one row
-- key: (none: one row)
-- columns:
--   completion_share           share of the scheduled modules that completes a run (default 0.75)
--   conversion_window_months   W, the conversion window in months (default 12)
--   min_group_size             k of the privacy rule (default 5)
--   scale_min                  the skill scale's lowest level
--   scale_max                  its highest level
CREATE OR REPLACE VIEW stg_rules AS
SELECT coalesce(max(completion_share), 0.75)          AS completion_share,
       coalesce(max(conversion_window_months), 12)    AS conversion_window_months,
       coalesce(max(min_group_size), 5)               AS min_group_size,
       coalesce(max(scale_min), 1)                    AS scale_min,
       coalesce(max(scale_max), 5)                    AS scale_max
FROM catalogue;
