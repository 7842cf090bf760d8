-- A newer delivery of a coach's day replaces all of that coach's activities of that day, with
-- their colleagues (natural key: coach, day; see V007). Each row of this file is one activity.
CREATE OR REPLACE TEMP TABLE coaching_keyed AS
SELECT '{{sha256}}:' || line AS activity_id, {{participant_key_of_email}} AS coach_key, activity_day, colleagues, hours_given,
       emails, line
FROM (SELECT *, coach_email AS email FROM coaching_checked WHERE reject_reason IS NULL);

CREATE OR REPLACE TEMP TABLE coaching_replaced AS
SELECT a.activity_id
FROM coaching_activity a
JOIN (SELECT DISTINCT coach_key, activity_day FROM coaching_keyed) k
  ON a.coach_key = k.coach_key AND a.activity_date = k.activity_day;

DELETE FROM coached_colleague WHERE activity_id IN (SELECT activity_id FROM coaching_replaced);
DELETE FROM coaching_activity WHERE activity_id IN (SELECT activity_id FROM coaching_replaced);

INSERT INTO coaching_activity
SELECT activity_id, coach_key, activity_day, colleagues, hours_given, '{{sha256}}', line
FROM coaching_keyed;

INSERT INTO coached_colleague
SELECT activity_id, {{participant_key_of_email}}
FROM (SELECT activity_id, unnest(emails) AS email FROM coaching_keyed);

DROP TABLE coaching_replaced;
DROP TABLE coaching_keyed;
DROP TABLE coaching_checked;
