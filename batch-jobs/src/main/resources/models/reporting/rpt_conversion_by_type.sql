-- rpt_conversion_by_type: per month of rpt_month and run, the participants converted by the
-- month's end (catalogue's window) split by the type of their first qualifying follow-up
-- (conversions_by_type over the list of month ends, one set-based query); only types with at least
-- one conversion.
-- grain: one row per month, run and follow-up type with a conversion
-- key: month, run_code, followup_type
-- columns:
--   month           the month's first day (as it stands at its last day)
--   run_code        the run
--   followup_type   the type of the first qualifying follow-up
--   converted       participants of the run whose first qualifying follow-up is of that type
-- materialized: table (recomputed after each ingest; see Models)
CREATE OR REPLACE VIEW rpt_conversion_by_type AS
SELECT m.month, t.run_code, t.followup_type, t.converted
FROM rpt_month m
JOIN conversions_by_type((SELECT list(month_end) FROM rpt_month), (SELECT conversion_window_months FROM stg_rules)) t
  ON t.as_of = m.month_end;
