-- A newer delivery of a coach and track replaces the older one (natural key: coach, track; see
-- V007). The pseudonym is made as a participant's, so a coach who followed a lijn is one person.
CREATE OR REPLACE TEMP TABLE coach_keyed AS
SELECT {{participant_key_of_email}} AS coach_key, company_kvk, track_canonical AS track, trained_day AS trained_on, line
FROM (SELECT *, coach_email AS email FROM coach_checked WHERE reject_reason IS NULL);

DELETE FROM coach c
USING coach_keyed k
WHERE c.coach_key = k.coach_key AND lower(c.track) IS NOT DISTINCT FROM lower(k.track);

INSERT INTO coach
SELECT coach_key, company_kvk, track, trained_on, '{{sha256}}', line
FROM coach_keyed;

DROP TABLE coach_keyed;
DROP TABLE coach_checked;
