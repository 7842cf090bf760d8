-- rpt_skill_gap_company: the skill gaps (skill_gap) at the end of every month of rpt_month per
-- company and skill: the Maandrapportage's "skills per company" sheet. A participant may follow
-- several lijnen with the skill: they count once as a person (rated when rated in any), while the
-- mean gap and the share at target are over all their rated rows. Rows without a company are no
-- company's and are left out. Read from skill_gap_history for all months in one pass: a span holds
-- at a month's last day when it starts in that month or before and ends (valid_until) after it, so a
-- person's rated span of a skill (the same days on each of their lijnen) adds them in the month it
-- starts and takes them off in the month it ends; the running totals per company and skill hold
-- from one month with a change to the next.
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
WITH bounds AS (
    SELECT min(month) AS first_month, max(month) AS last_month FROM rpt_month
),
person_spans AS (
    SELECT h.company_kvk, h.participant_key, h.skill_code,
           greatest(CAST(date_trunc('month', h.valid_from) AS DATE), b.first_month) AS from_month,
           CAST(date_trunc('month', h.valid_until) AS DATE)                         AS until_month,
           count(*) AS rated_rows, sum(h.gap) AS gap_sum, count(*) FILTER (WHERE h.gap = 0) AS at_target_rows
    FROM skill_gap_history h, bounds b
    WHERE h.company_kvk IS NOT NULL AND h.current_level IS NOT NULL
    GROUP BY ALL
),
-- every person is in every month (their unrated span has no start): each cell starts at the first month
cells AS (
    SELECT company_kvk, skill_code, count(DISTINCT participant_key) AS persons
    FROM skill_gap_history WHERE company_kvk IS NOT NULL GROUP BY company_kvk, skill_code
),
changes AS (
    SELECT c.company_kvk, c.skill_code, b.first_month AS month, c.persons, 0 AS rated, 0 AS rated_rows, 0 AS gap_sum, 0 AS at_target_rows
    FROM cells c, bounds b
    UNION ALL
    SELECT company_kvk, skill_code, from_month, 0, 1, rated_rows, gap_sum, at_target_rows
    FROM person_spans
    UNION ALL
    SELECT company_kvk, skill_code, until_month, 0, -1, -rated_rows, -gap_sum, -at_target_rows
    FROM person_spans WHERE until_month IS NOT NULL
),
running AS (
    SELECT company_kvk, skill_code, month,
           sum(sum(persons)) OVER w                       AS persons,
           CAST(sum(sum(rated)) OVER w AS BIGINT)         AS rated,
           sum(sum(rated_rows)) OVER w                    AS rated_rows,
           sum(sum(gap_sum)) OVER w                       AS gap_sum,
           sum(sum(at_target_rows)) OVER w                AS at_target_rows,
           lead(month) OVER w                             AS next_month
    FROM changes
    GROUP BY company_kvk, skill_code, month
    WINDOW w AS (PARTITION BY company_kvk, skill_code ORDER BY month)
),
-- each state holds from its month to the month before the next change
monthly AS (
    SELECT company_kvk, skill_code, persons, rated, rated_rows, gap_sum, at_target_rows,
           CAST(unnest(generate_series(r.month, coalesce(CAST(r.next_month - INTERVAL 1 MONTH AS DATE), b.last_month), INTERVAL 1 MONTH)) AS DATE) AS month
    FROM running r, bounds b
    WHERE r.month <= b.last_month
)
SELECT m.month, m.company_kvk, m.skill_code,
       m.rated                                    AS rated,
       CAST(m.persons - m.rated AS BIGINT)        AS unrated,
       m.gap_sum / nullif(m.rated_rows, 0)        AS mean_gap,
       m.at_target_rows / nullif(m.rated_rows, 0) AS at_target_share
FROM monthly m
SEMI JOIN rpt_month USING (month);
