-- rpt_plan_company(kvk, d): the company an opleidingsplan is asked for: its name, how many enrolment
-- rows name it, and its employees: participants whose company (on their latest enrolment row) it
-- is and who followed a lijn (participant_skill_gap(d)).
-- grain: one row
-- key: (none: one row per company asked for)
-- columns:
--   name             the company's name; NULL when no companies file holds it
--   enrolment_rows   enrolment rows naming the company
--   employees        its employees in participant_skill_gap(d)
CREATE OR REPLACE MACRO rpt_plan_company(kvk, d) AS TABLE
SELECT (SELECT any_value(name) FROM company WHERE company_kvk = kvk)              AS name,
       (SELECT count(*) FROM enrolment WHERE company_kvk = kvk)                   AS enrolment_rows,
       (SELECT count(DISTINCT participant_key) FROM participant_skill_gap(d)
        WHERE company_kvk = kvk)                                                  AS employees;
