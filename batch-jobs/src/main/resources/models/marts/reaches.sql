-- reaches(periods): reach over every period of a list ([{'period_start': DATE, 'period_end': DATE},
-- ...]), in one set-based query (a calendar join, not a call per period): the one definition of
-- reach(from, to) (which asks it for one period) and of the Impactrapportage's reach per quarter and
-- period (rpt_impact_reach). Participants: a row not cancelled with a session in the period; their
-- companies (each participant's company: stg_participant); a company is terugkerend when a row of its
-- own (its kvk on the row), not cancelled, has a session before the period, nieuw otherwise. Every
-- distinct count is counted over its period, never added up from shorter ones.
-- grain: one row per distinct period of the list and split value
-- key: period_start, period_end, split, value
-- columns:
--   period_start    the period's first day
--   period_end      the period's last day
--   split           totaal, grootteklasse, sector, regio or bedrijf
--   value           the value of the split (alle for totaal; nieuw/terugkerend for bedrijf)
--   participants    participants reached (a row not cancelled with a session in the period)
--   companies       their companies
--   mkb_companies   the mkb among them
--   mkb_share       mkb_companies / companies
CREATE OR REPLACE MACRO reaches(periods) AS TABLE
WITH asked AS (
    SELECT DISTINCT CAST(p.period_start AS DATE) AS period_start, CAST(p.period_end AS DATE) AS period_end
    FROM (SELECT unnest(periods) AS p)
),
present AS (
    SELECT DISTINCT participant_key, session_date FROM stg_enrolment WHERE NOT is_cancelled
),
reached AS (
    SELECT DISTINCT a.period_start, a.period_end, e.participant_key
    FROM asked a JOIN present e ON e.session_date BETWEEN a.period_start AND a.period_end
),
-- a company returns when it has a row of its own not cancelled before the period: a participant who
-- moved to another company does not make their new company a returning one
own_first AS (
    SELECT company_kvk, min(session_date) AS first_own_session
    FROM stg_enrolment
    WHERE NOT is_cancelled AND company_kvk IS NOT NULL
    GROUP BY company_kvk
),
described AS (
    SELECT r.period_start, r.period_end, r.participant_key, p.company_kvk,
           coalesce(c.size_class, 'onbekend')  AS size_class,
           coalesce(c.sector, 'onbekend')      AS sector,
           coalesce(c.region, 'onbekend')      AS region,
           c.is_mkb,
           CASE WHEN f.first_own_session < r.period_start THEN 'terugkerend' ELSE 'nieuw' END AS company_status
    FROM reached r
    JOIN stg_participant p USING (participant_key)
    LEFT JOIN stg_company c USING (company_kvk)
    LEFT JOIN own_first f USING (company_kvk)
),
splits AS (
    SELECT 'totaal' AS split, 'alle' AS value, * FROM described
    UNION ALL SELECT 'grootteklasse', size_class, * FROM described
    UNION ALL SELECT 'sector', sector, * FROM described
    UNION ALL SELECT 'regio', region, * FROM described
    UNION ALL SELECT 'bedrijf', company_status, * FROM described
)
SELECT period_start,
       period_end,
       split,
       value,
       count(DISTINCT participant_key)                            AS participants,
       count(DISTINCT company_kvk)                                AS companies,
       count(DISTINCT company_kvk) FILTER (WHERE is_mkb)          AS mkb_companies,
       count(DISTINCT company_kvk) FILTER (WHERE is_mkb) / nullif(count(DISTINCT company_kvk), 0) AS mkb_share
FROM splits
GROUP BY period_start, period_end, split, value
ORDER BY period_start, period_end, split, value;
