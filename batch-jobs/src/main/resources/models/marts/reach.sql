-- reach(from, to): who the lijnen reached in a period. Participants: a row not cancelled with a
-- session in [from, to]; their companies (each participant's company: stg_participant);
-- mkb companies (< 250 employees) and the mkb share of companies. One row per split value:
-- split 'totaal' (value 'alle'), 'grootteklasse' (micro, klein, middel, groot, onbekend),
-- 'sector', 'regio', and 'bedrijf' (nieuw: no enrolment row naming the company, not cancelled,
-- with a session before from; terugkerend otherwise). Company counts are not personal data;
-- participant counts are.
-- grain: one row per split value
-- key: split, value
-- columns:
--   split           totaal, grootteklasse, sector, regio or bedrijf
--   value           the value of the split (alle for totaal; nieuw/terugkerend for bedrijf)
--   participants    participants reached (a row not cancelled with a session in the period)
--   companies       their companies
--   mkb_companies   the mkb among them
--   mkb_share       mkb_companies / companies
CREATE OR REPLACE MACRO reach(date_from, date_to) AS TABLE
WITH reached AS (
    SELECT DISTINCT e.participant_key, p.company_kvk
    FROM stg_enrolment e
    JOIN stg_participant p USING (participant_key)
    WHERE NOT e.is_cancelled AND e.session_date BETWEEN date_from AND date_to
),
-- A company returns when it has a row of its own (its kvk on the row) not cancelled before from:
-- a participant who moved to another company does not make their new company a returning one.
returning_companies AS (
    SELECT DISTINCT company_kvk
    FROM stg_enrolment
    WHERE NOT is_cancelled AND session_date < date_from AND company_kvk IS NOT NULL
),
described AS (
    SELECT r.participant_key, r.company_kvk,
           coalesce(c.size_class, 'onbekend')  AS size_class,
           coalesce(c.sector, 'onbekend')      AS sector,
           coalesce(c.region, 'onbekend')      AS region,
           c.is_mkb,
           CASE WHEN r.company_kvk IN (SELECT company_kvk FROM returning_companies) THEN 'terugkerend' ELSE 'nieuw' END AS company_status
    FROM reached r LEFT JOIN stg_company c USING (company_kvk)
),
splits AS (
    SELECT 'totaal' AS split, 'alle' AS value, * FROM described
    UNION ALL SELECT 'grootteklasse', size_class, * FROM described
    UNION ALL SELECT 'sector', sector, * FROM described
    UNION ALL SELECT 'regio', region, * FROM described
    UNION ALL SELECT 'bedrijf', company_status, * FROM described
)
SELECT split,
       value,
       count(DISTINCT participant_key)                            AS participants,
       count(DISTINCT company_kvk)                                AS companies,
       count(DISTINCT company_kvk) FILTER (WHERE is_mkb)          AS mkb_companies,
       count(DISTINCT company_kvk) FILTER (WHERE is_mkb) / nullif(count(DISTINCT company_kvk), 0) AS mkb_share
FROM splits
GROUP BY split, value
ORDER BY split, value;
