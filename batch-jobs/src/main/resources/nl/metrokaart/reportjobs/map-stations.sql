-- The stations of every lijn with the participants present in the period (rpt_map_station). Parameters: period start, period end.
SELECT lijn_code, module_code, title, participants FROM rpt_map_station(CAST(? AS DATE), CAST(? AS DATE))
ORDER BY lijn_code, position
