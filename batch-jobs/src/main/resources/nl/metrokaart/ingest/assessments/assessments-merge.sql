-- A newer delivery of an assessment (same participant, skill, day, moment and source) replaces
-- the older one. The pseudonym is computed once per row, here, so the key never reaches a table.
CREATE OR REPLACE TEMP TABLE assessment_keyed AS
SELECT {{participant_key}} AS participant_key, skill_canonical AS skill_code, assessed_day AS assessed_on,
       moment_code AS moment, source_code AS source, CAST(level_number AS INTEGER) AS level, line
FROM assessment_checked
WHERE reject_reason IS NULL;

DELETE FROM assessment a
USING assessment_keyed k
WHERE a.participant_key = k.participant_key AND a.skill_code = k.skill_code AND a.assessed_on = k.assessed_on
  AND a.moment = k.moment AND a.source = k.source;

INSERT INTO assessment
SELECT participant_key, skill_code, assessed_on, moment, source, level, '{{sha256}}', line
FROM assessment_keyed;

DROP TABLE assessment_keyed;
