-- rpt_skill_gap_company: the skill gaps (skill_gap) at the end of every month of rpt_month per
-- company and skill: the Maandrapportage's "skills per company" sheet. A participant may follow
-- several lijnen with the skill: they count once as a person (rated when rated in any), while the
-- mean gap and the share at target are over all their rated rows. Rows without a company are no
-- company's and are left out.
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
WITH person AS (
    SELECT m.month, g.company_kvk, g.participant_key, g.skill_code,
           count(g.gap) AS rated_rows, sum(g.gap) AS gap_sum, count(*) FILTER (WHERE g.gap = 0) AS at_target_rows
    FROM rpt_month m
    JOIN LATERAL (SELECT company_kvk, participant_key, skill_code, gap FROM skill_gap(m.month_end)) g ON true
    WHERE g.company_kvk IS NOT NULL
    GROUP BY m.month, g.company_kvk, g.participant_key, g.skill_code
)
SELECT month, company_kvk, skill_code,
       count(*) FILTER (WHERE rated_rows > 0)              AS rated,
       count(*) FILTER (WHERE rated_rows = 0)              AS unrated,
       sum(gap_sum) / nullif(sum(rated_rows), 0)           AS mean_gap,
       sum(at_target_rows) / nullif(sum(rated_rows), 0)    AS at_target_share
FROM person
GROUP BY month, company_kvk, skill_code;
