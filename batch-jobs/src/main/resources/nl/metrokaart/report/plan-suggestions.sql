-- The opleidingsplan's suggestions (training_suggestion(d)) for the company's employees, with
-- each module's title, hours and lijnen; per employee and skill the shortest module first.
-- Parameters: report date, kvk.
SELECT t.participant_key,
       t.skill_code,
       t.module_code,
       m.title,
       m.hours,
       t.module_level,
       (SELECT string_agg(lm.lijn_code, ', ' ORDER BY lm.lijn_code) FROM lijn_module lm
        WHERE lm.module_code = t.module_code) AS lijnen
FROM training_suggestion(?) t
LEFT JOIN module m USING (module_code)
WHERE t.company_kvk = ?
ORDER BY t.participant_key, t.skill_code, m.hours, t.module_code
