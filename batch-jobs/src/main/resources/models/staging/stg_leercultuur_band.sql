-- stg_leercultuur_band(score): the band of a leercultuurscan score on the scan's scale, in three
-- equal thirds: 'laag' below min + (max - min) / 3, 'hoog' from min + 2 (max - min) / 3, else
-- 'midden' (on 1-5: below 2.33, 2.33 to below 3.67, from 3.67). Compared as 3 (score - min)
-- against (max - min), rounded to 6 decimals, so that a mean such as 7/3 lands where it belongs.
-- grain: one value per score (a scalar macro)
-- key: score
-- columns:
--   band   laag, midden or hoog
CREATE OR REPLACE MACRO stg_leercultuur_band(score) AS (
    SELECT CASE
               WHEN score IS NULL THEN NULL
               WHEN round(3 * (score - s.scale_min), 6) < (s.scale_max - s.scale_min) THEN 'laag'
               WHEN round(3 * (score - s.scale_min), 6) < 2 * (s.scale_max - s.scale_min) THEN 'midden'
               ELSE 'hoog'
           END
    FROM (SELECT coalesce(max(scale_min), 1) AS scale_min, coalesce(max(scale_max), 5) AS scale_max FROM leercultuur_scale) s
);
