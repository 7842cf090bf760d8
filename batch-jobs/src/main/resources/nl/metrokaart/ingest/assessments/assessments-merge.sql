-- A newer delivery of an assessment (same participant, skill, day, moment and source) replaces
-- the older one. Each address is pseudonymised once (HMAC is the costly part of a row; a
-- participant has many assessments), so the key never reaches a table but the keyed rows.
CREATE OR REPLACE TEMP TABLE file_participant AS
SELECT email, {{participant_key_of_email}} AS participant_key
FROM (SELECT DISTINCT lower(trim(participant_email)) AS email FROM assessment_checked WHERE reject_reason IS NULL);

CREATE OR REPLACE TEMP TABLE assessment_keyed AS
SELECT p.participant_key, c.skill_canonical AS skill_code, c.assessed_day AS assessed_on,
       c.moment_code AS moment, c.source_code AS source, CAST(c.level_number AS INTEGER) AS level, c.line
FROM assessment_checked c
JOIN file_participant p ON p.email = lower(trim(c.participant_email))
WHERE c.reject_reason IS NULL;

DELETE FROM assessment a
USING assessment_keyed k
WHERE a.participant_key = k.participant_key AND a.skill_code = k.skill_code AND a.assessed_on = k.assessed_on
  AND a.moment = k.moment AND a.source = k.source;

INSERT INTO assessment
SELECT participant_key, skill_code, assessed_on, moment, source, level, '{{sha256}}', line
FROM assessment_keyed;

DROP TABLE assessment_keyed;
DROP TABLE file_participant;
