-- Types and checks every staged edubadges CSV row (first failing check wins, as for enrolments)
-- into badge_checked, the shape badges-merge.sql takes from every badge format.
-- The recipient is a plain address: its pseudonym must be a participant known from enrolments
-- (enrolment). The address itself goes no further than the staged temp table.
CREATE OR REPLACE TEMP TABLE badge_checked AS
-- The costly functions (HMAC, date parsing, the badge class lookup) once per distinct value, not
-- once per row: an export of millions of badges has far fewer addresses, dates and classes.
WITH recipient AS (
    SELECT email, participant_key_of(email) AS participant_key
    FROM (SELECT DISTINCT recipient_email AS email FROM {{staged}} WHERE recipient_email IS NOT NULL)
),
day_of AS (
    SELECT text, badge_day(text) AS day
    FROM (SELECT issued_on AS text FROM {{staged}} UNION SELECT expires_at FROM {{staged}})
    WHERE text IS NOT NULL
),
module_of AS (
    SELECT badgeclass, module_of_badge(badgeclass) AS module_code
    FROM (SELECT DISTINCT badgeclass FROM {{staged}} WHERE badgeclass IS NOT NULL)
),
typed AS (
    SELECT s.*,
           mo.module_code,
           di.day AS issued_day,
           de.day AS expires_day,
           CASE lower(s.acceptance)
                WHEN 'accepted' THEN 'Accepted' WHEN 'unaccepted' THEN 'Unaccepted' WHEN 'rejected' THEN 'Rejected'
                WHEN 'geaccepteerd' THEN 'Accepted' WHEN 'niet geaccepteerd' THEN 'Unaccepted' WHEN 'afgewezen' THEN 'Rejected'
           END AS acceptance_code,
           badge_flag(s.revoked) AS revoked_flag,
           p.participant_key,
           s.recipient_email LIKE '%_@_%' AS looks_like_email,
           row_number() OVER (PARTITION BY s.assertion_id ORDER BY s.line) AS occurrence,
           min(s.line) OVER (PARTITION BY s.assertion_id) AS first_line
    FROM {{staged}} s
    LEFT JOIN recipient r ON r.email = s.recipient_email
    LEFT JOIN (SELECT DISTINCT participant_key FROM enrolment) p ON p.participant_key = r.participant_key
    LEFT JOIN day_of di ON di.text = s.issued_on
    LEFT JOIN day_of de ON de.text = s.expires_at
    LEFT JOIN module_of mo ON mo.badgeclass = s.badgeclass
),
checked AS (
    SELECT t.*,
           CASE
               WHEN t.assertion_id IS NOT NULL AND t.occurrence > 1 THEN 'assertion_id'
               WHEN t.recipient_email IS NULL OR NOT t.looks_like_email THEN 'recipient_email'
               WHEN t.badgeclass IS NULL OR t.module_code IS NULL THEN 'badgeclass'
               WHEN t.issued_day IS NULL THEN 'issued_on'
               WHEN t.expires_at IS NOT NULL AND t.expires_day IS NULL THEN 'expires_at'
               WHEN t.acceptance IS NOT NULL AND t.acceptance_code IS NULL THEN 'acceptance'
               WHEN t.revoked_flag IS NULL THEN 'revoked'
               WHEN t.participant_key IS NULL THEN 'recipient_email'
           END AS reject_column,
           CASE
               WHEN t.assertion_id IS NOT NULL AND t.occurrence > 1 THEN
                   'assertion id ' || t.assertion_id || ' already appears on line ' || t.first_line || ' of this file'
               WHEN t.recipient_email IS NULL THEN 'recipient_email is empty; the badge cannot be given to a participant'
               WHEN NOT t.looks_like_email THEN 'recipient_email is not an e-mail address (the value is left out here for privacy)'
               WHEN t.badgeclass IS NULL THEN 'badgeclass is empty; every badge needs the badge class it was issued for'
               WHEN t.module_code IS NULL THEN 'badge class ' || t.badgeclass || ' is not the badge of any module in metrokaart.yaml'
               WHEN t.issued_on IS NULL THEN 'issued_on is empty; every badge needs the date it was issued'
               WHEN t.issued_day IS NULL THEN 'issued_on ' || t.issued_on || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd)'
               WHEN t.expires_at IS NOT NULL AND t.expires_day IS NULL THEN
                   'expires_at ' || t.expires_at || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd)'
               WHEN t.acceptance IS NOT NULL AND t.acceptance_code IS NULL THEN
                   'acceptance ' || t.acceptance || ' is not one of Accepted, Unaccepted, Rejected'
               WHEN t.revoked_flag IS NULL THEN 'revoked ' || t.revoked || ' is neither true nor false'
               WHEN t.participant_key IS NULL THEN 'recipient matches no participant known from enrolments'
           END AS reject_reason
    FROM typed t
)
SELECT line,
       'edubadges' AS source_format,
       -- Without an id in the export, the badge is identified by what it says: the same row in a
       -- later delivery gets the same key (identical rows in one file are told apart by their order).
       coalesce(assertion_id, 'edubadges:' || sha256(concat_ws('|', badge_class_key(badgeclass), participant_key, issued_day,
                row_number() OVER (PARTITION BY badge_class_key(badgeclass), participant_key, issued_day ORDER BY line)))) AS assertion_id,
       module_code,
       badgeclass AS badge_class,
       participant_key,
       issued_day AS issued_on,
       expires_day AS expires_on,
       revoked_flag AS revoked,
       CASE WHEN revoked_flag THEN revocation_reason END AS revocation_reason,
       acceptance_code AS acceptance,
       reject_column,
       reject_reason,
       CASE reject_column
           WHEN 'recipient_email' THEN NULL  -- never keep an e-mail address in the warehouse
           WHEN 'assertion_id' THEN assertion_id WHEN 'badgeclass' THEN badgeclass WHEN 'issued_on' THEN issued_on
           WHEN 'expires_at' THEN expires_at WHEN 'acceptance' THEN acceptance WHEN 'revoked' THEN revoked
       END AS reject_value
FROM checked;

INSERT INTO file_rejects
SELECT line, reject_column, without_email(reject_value), without_email(reject_reason)
FROM badge_checked
WHERE reject_reason IS NOT NULL;
