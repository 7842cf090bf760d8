-- stg_rules: the pps's rules from its catalogue, with the defaults of docs/domain.md when no catalogue is loaded yet.
CREATE OR REPLACE VIEW stg_rules AS
SELECT coalesce(max(completion_share), 0.75)          AS completion_share,
       coalesce(max(conversion_window_months), 12)    AS conversion_window_months,
       coalesce(max(min_group_size), 5)               AS min_group_size,
       coalesce(max(scale_min), 1)                    AS scale_min,
       coalesce(max(scale_max), 5)                    AS scale_max
FROM catalogue;
