-- rpt_skill_gap_company: the skill gaps (skill_gap) at the end of every month of rpt_month per
-- company and skill: the Maandrapportage's "skills per company" sheet. A participant may follow
-- several lijnen with the skill: they count once as a person (rated when rated in any), while the
-- mean gap and the share at target are over all their rated rows. Rows without a company are no
-- company's and are left out. Read from skill_gap_history for all months in one pass: a person's
-- rated span of a skill (the same days on each of their lijnen) adds them from its first day and
-- takes them off from valid_until, and a month reads the running totals of the last change on or
-- before its last day.
-- grain: one row per month, company and skill of a profile one of its participants follows
-- key: month, company_kvk, skill_code
-- columns:
--   month             the month's first day (the gaps as they stand at its last day)
--   company_kvk       the company
--   skill_code        the skill
--   rated             the company's participants with a current level on the skill
--   unrated           its participants with the skill in their profile but no current level
--   mean_gap          mean gap of the rated rows; NULL when none is rated
--   at_target_share   share of the rated rows at or above target; NULL when none is rated
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_skill_gap_company AS
WITH person_spans AS (
    SELECT company_kvk, participant_key, skill_code, valid_from, valid_until,
           count(*) AS rated_rows, sum(gap) AS gap_sum, count(*) FILTER (WHERE gap = 0) AS at_target_rows
    FROM skill_gap_history
    WHERE company_kvk IS NOT NULL AND current_level IS NOT NULL
    GROUP BY company_kvk, participant_key, skill_code, valid_from, valid_until
),
changes AS (
    SELECT company_kvk, skill_code, valid_from AS day, 1 AS rated, rated_rows, gap_sum, at_target_rows
    FROM person_spans
    UNION ALL
    SELECT company_kvk, skill_code, valid_until, -1, -rated_rows, -gap_sum, -at_target_rows
    FROM person_spans WHERE valid_until IS NOT NULL
),
running AS (
    SELECT company_kvk, skill_code, day,
           sum(sum(rated)) OVER w          AS rated,
           sum(sum(rated_rows)) OVER w     AS rated_rows,
           sum(sum(gap_sum)) OVER w        AS gap_sum,
           sum(sum(at_target_rows)) OVER w AS at_target_rows
    FROM changes
    GROUP BY company_kvk, skill_code, day
    WINDOW w AS (PARTITION BY company_kvk, skill_code ORDER BY day)
),
-- every person is in every month (their unrated span has no start)
cells AS (
    SELECT m.month, m.month_end, g.company_kvk, g.skill_code, g.persons
    FROM rpt_month m
    CROSS JOIN (SELECT company_kvk, skill_code, count(DISTINCT participant_key) AS persons
                FROM skill_gap_history WHERE company_kvk IS NOT NULL GROUP BY company_kvk, skill_code) g
)
SELECT c.month, c.company_kvk, c.skill_code,
       CAST(coalesce(r.rated, 0) AS BIGINT)                 AS rated,
       c.persons - CAST(coalesce(r.rated, 0) AS BIGINT)     AS unrated,
       r.gap_sum / nullif(r.rated_rows, 0)                  AS mean_gap,
       r.at_target_rows / nullif(r.rated_rows, 0)           AS at_target_share
FROM cells c
ASOF LEFT JOIN running r ON r.company_kvk = c.company_kvk AND r.skill_code = c.skill_code AND c.month_end >= r.day;
