-- The company an opleidingsplan is asked for: its name (NULL when no companies file holds it),
-- how many enrolment rows name it, and its employees: participants whose company (on their
-- latest enrolment row) it is and who followed a lijn (participant_skill_gap).
-- Parameters: kvk, kvk, report date, kvk.
SELECT (SELECT any_value(name) FROM company WHERE company_kvk = ?)              AS name,
       (SELECT count(*) FROM enrolment WHERE company_kvk = ?)                   AS enrolment_rows,
       (SELECT count(DISTINCT participant_key) FROM participant_skill_gap(?)
        WHERE company_kvk = ?)                                                  AS employees
