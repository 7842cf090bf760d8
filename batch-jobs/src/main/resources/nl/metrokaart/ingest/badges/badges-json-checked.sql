-- Checks every element of a JSON badge file (badge_json, matched recipients in
-- badge_recipient_match) into badge_checked, the shape badges-merge.sql takes from every badge
-- format; the first failing check wins, as for enrolments. The unmatched-reason placeholder says how
-- far the search for a hashed recipient went (RecipientMatcher).
CREATE OR REPLACE TEMP TABLE badge_checked AS
WITH matched AS (
    SELECT element, count(DISTINCT participant_key) AS participants, min(participant_key) AS participant_key
    FROM badge_recipient_match
    GROUP BY element
),
recipients AS (
    SELECT element,
           count(*) AS named,
           bool_or(kind IN ('hash', 'email')) AS matchable,
           bool_or(kind = 'hash') AS hashed,
           -- identity types that are no e-mail address (an eduID, a DID): said in the reason
           string_agg(DISTINCT recipient_type, ', ' ORDER BY recipient_type) FILTER (WHERE recipient_type NOT ILIKE '%mail%') AS other_types
    FROM badge_json_recipient
    GROUP BY element
),
typed AS (
    SELECT b.*, m.participant_key, coalesce(m.participants, 0) AS participants,
           coalesce(r.named, 0) AS named, coalesce(r.matchable, false) AS matchable, coalesce(r.hashed, false) AS hashed, r.other_types,
           CASE b.source_format WHEN 'ob3' THEN 'credentialSubject' ELSE 'recipient' END AS recipient_column,
           CASE b.source_format WHEN 'ob3' THEN 'credential' ELSE 'assertion' END AS noun,
           row_number() OVER (PARTITION BY b.assertion_id ORDER BY b.element) AS occurrence,
           min(b.line) OVER (PARTITION BY b.assertion_id) AS first_line,
           count(*) OVER (PARTITION BY b.line) AS on_line
    FROM badge_json b
    LEFT JOIN matched m USING (element)
    LEFT JOIN recipients r USING (element)
),
checked AS (
    SELECT t.*,
           CASE
               WHEN t.source_format IS NULL THEN 'type'
               WHEN t.assertion_id IS NOT NULL AND t.occurrence > 1 THEN 'id'
               WHEN t.badge_class IS NULL OR t.module_code IS NULL THEN t.badge_column
               WHEN t.issued_day IS NULL THEN t.issued_column
               WHEN t.expires_raw IS NOT NULL AND t.expires_day IS NULL THEN t.expires_column
               WHEN t.revoked_flag IS NULL THEN 'revoked'
               WHEN t.participant_key IS NULL OR t.participants > 1 THEN t.recipient_column
           END AS reject_column,
           CASE
               WHEN t.source_format IS NULL THEN 'not an Open Badges assertion or credential (found ' || t.found || ')'
               WHEN t.assertion_id IS NOT NULL AND t.occurrence > 1 THEN
                   t.noun || ' id ' || t.assertion_id || ' already appears on line ' || t.first_line || ' of this file'
               WHEN t.badge_class IS NULL THEN
                   t.badge_column || ' is empty; every ' || t.noun || ' needs the badge class it was issued for'
               WHEN t.module_code IS NULL THEN 'badge class ' || t.badge_class || ' is not the badge of any module in metrokaart.yaml'
               WHEN t.issued_raw IS NULL THEN
                   'the ' || t.noun || ' has no ' || t.issued_column || '; every badge needs the date it was issued'
               WHEN t.issued_day IS NULL THEN t.issued_column || ' ' || t.issued_raw
                   || ' is not a date (expected an ISO date-time such as 2026-03-31T10:00:00+02:00, or jjjj-mm-dd)'
               WHEN t.expires_raw IS NOT NULL AND t.expires_day IS NULL THEN t.expires_column || ' ' || t.expires_raw
                   || ' is not a date (expected an ISO date-time such as 2026-03-31T10:00:00+02:00, or jjjj-mm-dd)'
               WHEN t.revoked_flag IS NULL THEN 'revoked ' || t.revoked_raw || ' is neither true nor false'
               WHEN t.named = 0 THEN 'the ' || t.noun || ' names no recipient'
                   || CASE t.source_format WHEN 'ob3' THEN ' (credentialSubject.identifier or credentialSubject.id)' ELSE '' END
               WHEN NOT t.matchable THEN 'the recipient is identified by ' || coalesce(t.other_types, 'something')
                   || ', not by an e-mail address or its hash, so it cannot be matched to a participant'
               WHEN t.participants > 1 THEN 'recipient matches ' || t.participants || ' different participants known from enrolments'
               -- a plain address was looked up among all known ones; a hash only as far as the search went
               WHEN t.participant_key IS NULL THEN
                   CASE WHEN t.hashed THEN replace('{{unmatched_reason}}', '{module}', t.module_code)
                        ELSE 'recipient matches no participant known from enrolments' END
                   || CASE WHEN t.other_types IS NOT NULL THEN ' (it is identified by ' || t.other_types
                                || ': only e-mail addresses can be matched)' ELSE '' END
           END AS reject_reason
    FROM typed t
)
SELECT line,
       source_format,
       -- An assertion without an id is identified by what it says (as edubadges CSV rows are).
       coalesce(assertion_id, source_format || ':' || sha256(concat_ws('|', badge_class_key(badge_class), participant_key, issued_day,
                row_number() OVER (PARTITION BY badge_class_key(badge_class), participant_key, issued_day ORDER BY element)))) AS assertion_id,
       module_code,
       badge_class,
       participant_key,
       issued_day AS issued_on,
       expires_day AS expires_on,
       coalesce(revoked_flag, false) AS revoked,
       CASE WHEN revoked_flag THEN revocation_reason END AS revocation_reason,
       CAST(NULL AS VARCHAR) AS acceptance,
       reject_column,
       -- several objects on one line (a minified file): say which one
       reject_reason || CASE WHEN on_line > 1 THEN ' (object ' || element || ' of the file)' ELSE '' END AS reject_reason,
       CASE
           WHEN reject_column = 'id' THEN assertion_id
           WHEN reject_column = badge_column THEN badge_class
           WHEN reject_column = issued_column THEN issued_raw
           WHEN reject_column = expires_column THEN expires_raw
           WHEN reject_column = 'revoked' THEN revoked_raw
       END AS reject_value  -- never the recipient: it is (a hash of) an e-mail address
FROM checked
ORDER BY element;

INSERT INTO file_rejects
SELECT line, reject_column, without_email(reject_value), without_email(reject_reason)
FROM badge_checked
WHERE reject_reason IS NOT NULL;
