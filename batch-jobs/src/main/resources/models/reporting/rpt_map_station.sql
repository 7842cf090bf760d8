-- rpt_map_station(date_from, date_to): the stations of every lijn: its modules in the catalogue's
-- order, with the distinct participants present at each in [date_from, date_to] (module_attendance,
-- any run and lijn).
-- grain: one row per lijn and module of the catalogue
-- key: lijn_code, module_code
-- columns:
--   lijn_code      the lijn
--   module_code    a module on it
--   title          the module's title
--   participants   distinct participants present at it in the period
--   position       its place on the lijn
CREATE OR REPLACE MACRO rpt_map_station(date_from, date_to) AS TABLE
SELECT lm.lijn_code, lm.module_code, m.title, coalesce(a.participants_present, 0) AS participants, lm.position
FROM lijn_module lm
LEFT JOIN module m USING (module_code)
LEFT JOIN module_attendance(date_from, date_to) a USING (module_code);
