-- module_badges: per nanomodule, its badges: issued (assertions not revoked), accepted (issued
-- and Accepted; only edubadges carry acceptance), revoked, the participants present at it
-- (aanwezig or te laat, any run), the badge rate (participants holding an issued badge for it /
-- participants present at it; NULL only when nobody was present) and the acceptance rate (accepted /
-- issued with a known acceptance; NULL when no issued badge carries an acceptance);
-- issued_with_acceptance is that rate's base.
-- grain: one row per nanomodule
-- key: module_code
-- columns:
--   module_code              the nanomodule
--   issued                   assertions not revoked
--   accepted                 issued and Accepted
--   revoked                  revoked assertions
--   participants_present     participants present at it (any run)
--   badge_holders            participants holding an issued badge for it
--   badge_rate               badge_holders / participants_present; NULL when nobody was present
--   acceptance_rate          accepted / issued_with_acceptance; NULL without any
--   issued_with_acceptance   issued badges that carry an acceptance
CREATE OR REPLACE VIEW module_badges AS
WITH modules AS (
    SELECT module_code FROM module
    UNION SELECT module_code FROM enrolment
    UNION SELECT module_code FROM badge
),
assertions AS (
    SELECT module_code,
           count(*) FILTER (WHERE NOT revoked)                                   AS issued,
           count(*) FILTER (WHERE NOT revoked AND acceptance = 'Accepted')       AS accepted,
           count(*) FILTER (WHERE NOT revoked AND acceptance IS NOT NULL)        AS issued_with_acceptance,
           count(*) FILTER (WHERE revoked)                                       AS revoked
    FROM badge
    GROUP BY module_code
),
present AS (
    SELECT module_code, count(DISTINCT participant_key) AS participants_present
    FROM stg_enrolment WHERE is_present GROUP BY module_code
),
holders AS (
    SELECT module_code, count(DISTINCT participant_key) AS holders FROM stg_badge GROUP BY module_code
)
SELECT m.module_code,
       coalesce(a.issued, 0)                 AS issued,
       coalesce(a.accepted, 0)               AS accepted,
       coalesce(a.revoked, 0)                AS revoked,
       coalesce(p.participants_present, 0)   AS participants_present,
       coalesce(h.holders, 0)                AS badge_holders,
       -- a module with participants present and no badge holder has a badge rate of 0, not none
       coalesce(h.holders, 0) / p.participants_present AS badge_rate,
       a.accepted / nullif(a.issued_with_acceptance, 0) AS acceptance_rate,
       coalesce(a.issued_with_acceptance, 0) AS issued_with_acceptance
FROM modules m
LEFT JOIN assertions a USING (module_code)
LEFT JOIN present p USING (module_code)
LEFT JOIN holders h USING (module_code)
ORDER BY m.module_code;
