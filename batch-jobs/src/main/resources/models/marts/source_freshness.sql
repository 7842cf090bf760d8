-- source_freshness: per source the latest date in its data ("data up to") and its size.
-- Enrolments: the latest session with attendance registered (planned sessions ahead of the
-- registration do not count), else the latest session. Assessments and follow-ups: their
-- latest date (a follow-up may be planned ahead). Sources without dates of their own
-- (companies, catalogue): the day their newest file was ingested. Coaches and coaching
-- activities (train-the-trainer): the latest training and activity; the leercultuurscan: its
-- latest answer; each listed only when delivered (most pps have none).
-- grain: one row per source
-- key: source
-- columns:
--   source       enrolments, badges, assessments, followups, coaches, coaching, companies, catalogue or leercultuurscans
--   data_up_to   the latest date in its data (its ingest day for sources without dates)
--   row_count    its rows
CREATE OR REPLACE VIEW source_freshness AS
SELECT 'enrolments' AS source,
       coalesce(max(session_date) FILTER (WHERE attendance IS NOT NULL), max(session_date)) AS data_up_to,
       count(*) AS row_count
FROM enrolment
UNION ALL
SELECT 'badges', max(issued_on), count(*) FROM badge
UNION ALL
SELECT 'assessments', max(assessed_on), count(*) FROM assessment
UNION ALL
SELECT 'followups', max(start_date), count(*) FROM followup
UNION ALL
SELECT 'coaches', max(trained_on), count(*) FROM coach HAVING count(*) > 0
UNION ALL
SELECT 'coaching', max(activity_date), count(*) FROM coaching_activity HAVING count(*) > 0
UNION ALL
SELECT 'companies', (SELECT max(ingested_at)::DATE FROM ingested_file WHERE kind = 'companies'), count(*)
FROM company
UNION ALL
SELECT 'catalogue', (SELECT max(ingested_at)::DATE FROM ingested_file WHERE kind = 'catalogue'), count(*)
FROM module
UNION ALL
SELECT 'leercultuurscans', max(scanned_on), count(*) FROM leercultuur_answer HAVING count(*) > 0;
