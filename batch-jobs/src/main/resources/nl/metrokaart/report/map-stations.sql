-- The stations of every lijn: its modules in the catalogue's order, with the distinct
-- participants present at each in the period (module_attendance, any run and lijn).
-- Parameters: period start, period end.
SELECT lm.lijn_code, lm.module_code, m.title, coalesce(a.participants_present, 0) AS participants
FROM lijn_module lm
LEFT JOIN module m USING (module_code)
LEFT JOIN module_attendance(?, ?) a USING (module_code)
ORDER BY lm.lijn_code, lm.position
