-- leercultuur_distribution(d, min_respondents): the spread of the companies' latest scans on or
-- before d, per dimension, and over all dimensions (dimension_code NULL: each company's overall
-- score, the mean of its dimension scores in that scan). A company's dimension score counts when
-- at least min_respondents respondents scored the dimension, its overall score when at least
-- min_respondents answered the scan (k of the privacy rule: fewer give no score to show; left
-- out, the catalogue's rules.min_group_size).
-- Per row: companies, mean of their scores, min, quartiles (quantile_cont, interpolated),
-- median, max, and how many fall in each band of stg_leercultuur_band.
-- grain: one row per dimension and one overall (dimension_code NULL)
-- key: dimension_code
-- columns:
--   dimension_code   the dimension; NULL for the overall score
--   companies        companies with a score that counts
--   mean_score       their mean score
--   min_score        the lowest
--   q1_score         the first quartile
--   median_score     the median
--   q3_score         the third quartile
--   max_score        the highest
--   band_laag        companies in band laag
--   band_midden      companies in band midden
--   band_hoog        companies in band hoog
CREATE OR REPLACE MACRO leercultuur_distribution(d, min_respondents := NULL) AS TABLE
WITH latest AS (
    SELECT * FROM leercultuur_score(d) WHERE is_latest
),
company_score AS (
    SELECT dimension_code, company_kvk, score FROM latest WHERE respondents >= coalesce(min_respondents, (SELECT min_group_size FROM stg_rules))
    UNION ALL
    SELECT NULL, company_kvk, avg(score::DECIMAL(38,18)) FROM latest WHERE scan_respondents >= coalesce(min_respondents, (SELECT min_group_size FROM stg_rules)) GROUP BY company_kvk
)
SELECT dimension_code,
       count(*)                                                   AS companies,
       avg(score::DECIMAL(38,18))                                                 AS mean_score,
       min(score)                                                 AS min_score,
       quantile_cont(score, 0.25)                                 AS q1_score,
       median(score)                                              AS median_score,
       quantile_cont(score, 0.75)                                 AS q3_score,
       max(score)                                                 AS max_score,
       count(*) FILTER (WHERE stg_leercultuur_band(score) = 'laag')   AS band_laag,
       count(*) FILTER (WHERE stg_leercultuur_band(score) = 'midden') AS band_midden,
       count(*) FILTER (WHERE stg_leercultuur_band(score) = 'hoog')   AS band_hoog
FROM company_score
GROUP BY dimension_code;
