-- leercultuur_conversion(d, window_months, min_respondents): do companies with a higher scan
-- score convert more often? The companies whose latest scan on or before d has at least
-- min_respondents respondents (left out: the catalogue's rules.min_group_size), grouped by the
-- band of their overall score (the mean of their dimension scores; stg_leercultuur_band), one row
-- per band, empty bands included:
-- companies in the band; cohort_companies: those in the cohort of a run whose last session is on
-- or before d; converted: those with a qualifying follow-up for one of their runs by d, by the
-- company-conversion rule itself (stg_first_company_followup, as company_conversion counts);
-- conversion_rate = converted / cohort_companies; window_open: a company not (yet) converted
-- still has a run whose window is open at d, so the rate is provisional.
-- grain: one row per score band (empty bands included)
-- key: score_band
-- columns:
--   score_band         laag, midden or hoog (of the overall score)
--   companies          companies whose latest scan is in the band
--   cohort_companies   of those, companies in a run's company cohort
--   converted          of those, converted by d
--   conversion_rate    converted / cohort_companies
--   window_open        any of their windows is open at d
CREATE OR REPLACE MACRO leercultuur_conversion(d, window_months, min_respondents := NULL) AS TABLE
WITH scanned AS (
    SELECT company_kvk, stg_leercultuur_band(avg(score::DECIMAL(38,18))) AS score_band
    FROM leercultuur_score(d)
    WHERE is_latest AND scan_respondents >= coalesce(min_respondents, (SELECT min_group_size FROM stg_rules))
    GROUP BY company_kvk
),
cohort AS (
    SELECT k.company_kvk, bool_or(w.window_open) AS window_open
    FROM stg_company_cohort k
    JOIN stg_conversion_window(d, window_months) w USING (run_code)
    WHERE w.last_session <= d
    GROUP BY k.company_kvk
),
converted AS (
    SELECT DISTINCT company_kvk FROM stg_first_company_followup(d, window_months)
),
bands(score_band, band_order) AS (VALUES ('laag', 1), ('midden', 2), ('hoog', 3))
SELECT b.score_band,
       count(s.company_kvk)                                                  AS companies,
       count(c.company_kvk)                                                  AS cohort_companies,
       count(v.company_kvk) FILTER (WHERE c.company_kvk IS NOT NULL)         AS converted,
       CASE WHEN count(c.company_kvk) > 0
            THEN count(v.company_kvk) FILTER (WHERE c.company_kvk IS NOT NULL) / count(c.company_kvk) END AS conversion_rate,
       coalesce(bool_or(c.window_open AND v.company_kvk IS NULL), false)    AS window_open
FROM bands b
LEFT JOIN scanned s ON s.score_band = b.score_band
LEFT JOIN cohort c ON c.company_kvk = s.company_kvk
LEFT JOIN converted v ON v.company_kvk = s.company_kvk
GROUP BY b.score_band, b.band_order
ORDER BY b.band_order;
