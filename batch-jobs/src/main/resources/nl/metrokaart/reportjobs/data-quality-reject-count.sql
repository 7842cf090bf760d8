-- How many rows of loaded files were rejected in all (rpt_data_quality_rejects; no row when none was).
SELECT rejected_rows FROM rpt_data_quality_rejects LIMIT 1
