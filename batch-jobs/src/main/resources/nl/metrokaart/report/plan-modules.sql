-- Per module suggested in the company's opleidingsplan (training_suggestion(d)): the employees
-- it is suggested for, the employee-skills with a gap it closes, and the unrated ones whose
-- target it reaches; most employees first. Parameters: report date, kvk.
SELECT t.module_code,
       any_value(m.title)                                         AS title,
       any_value(m.hours)                                         AS hours,
       (SELECT string_agg(lm.lijn_code, ', ' ORDER BY lm.lijn_code) FROM lijn_module lm
        WHERE lm.module_code = t.module_code)                     AS lijnen,
       string_agg(DISTINCT t.skill_code, ', ' ORDER BY t.skill_code) AS skills,
       count(DISTINCT t.participant_key)                          AS employees,
       count(*) FILTER (WHERE t.gap > 0)                          AS gaps_closed,
       count(*) FILTER (WHERE t.current_level IS NULL)            AS not_rated
FROM training_suggestion(?) t
LEFT JOIN module m USING (module_code)
WHERE t.company_kvk = ?
GROUP BY t.module_code
ORDER BY employees DESC, t.module_code
