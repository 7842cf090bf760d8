-- Every element of a JSON badge file (staged_badges_json: element, json; badge_json_line:
-- element, line) as a typed row of badge_json: what it is, and for an Open Badges 2.0
-- Assertion or 3.0 OpenBadgeCredential the fields the warehouse keeps. The two versions
-- differ only in where those fields live:
--   OB 2.0: id, badge (a URL or an embedded BadgeClass with an id), issuedOn, expires,
--           revoked, revocationReason; OB 1.x also issued_on and a recipient given as a string
--   OB 3.0: id, credentialSubject.achievement.id, validFrom (issuanceDate in VC 1.1 exports),
--           validUntil (expirationDate), revoked/revocationReason when an exporter states them
--           inline (a credentialStatus only points at a list we cannot fetch offline)
CREATE OR REPLACE TEMP TABLE badge_json AS
-- Each element is parsed twice, not once per field (a tenth of the time at a million badges):
-- once for the JSON type of every path read below (NULL: the key is absent), once for their
-- values as text.
WITH parsed AS (
    SELECT s.element, l.line, s.json AS j,
           json_type(s.json, ['$', '$.type', '$.badge', '$.recipient', '$.issuedOn', '$.issued_on', '$.validFrom',
                              '$.issuanceDate', '$.validUntil', '$.expirationDate']) AS t,
           json_extract_string(s.json, ['$.type', '$.id', '$.badge', '$.badge.id', '$.credentialSubject.achievement.id',
                                        '$.issuedOn', '$.issued_on', '$.validFrom', '$.issuanceDate', '$.expires',
                                        '$.validUntil', '$.expirationDate', '$.revoked', '$.credentialStatus.revoked',
                                        '$.revocationReason', '$.credentialStatus.revocationReason']) AS v
    FROM staged_badges_json s
    JOIN badge_json_line l USING (element)
),
elements AS (
    SELECT element, line, j,
           t[1] AS json_type,
           CASE t[2] WHEN 'ARRAY' THEN from_json(v[1], '["VARCHAR"]') WHEN 'VARCHAR' THEN [v[1]] ELSE []::VARCHAR[] END AS types,
           t[3] AS badge_json_type, t[4] IS NOT NULL AS has_recipient,
           t[5] IS NOT NULL AS has_issued_ob2, t[6] IS NOT NULL AS has_issued_ob1, t[7] IS NOT NULL AS has_valid_from,
           t[8] IS NOT NULL AS has_issuance_date, t[9] IS NOT NULL AS has_valid_until, t[10] IS NOT NULL AS has_expiration_date,
           v[2] AS id_text, v[3] AS badge_text, v[4] AS badge_id_text, v[5] AS achievement_text,
           v[6] AS issued_ob2, v[7] AS issued_ob1, v[8] AS valid_from, v[9] AS issuance_date,
           v[10] AS expires_ob2, v[11] AS valid_until, v[12] AS expiration_date,
           v[13] AS revoked_inline, v[14] AS revoked_in_status, v[15] AS reason_inline, v[16] AS reason_in_status
    FROM parsed
),
classified AS (
    SELECT e.*,
           CASE
               WHEN json_type <> 'OBJECT' THEN NULL
               WHEN list_has_any(types, ['OpenBadgeCredential', 'AchievementCredential']) THEN 'ob3'
               WHEN list_contains(types, 'Assertion') THEN 'ob2'
               -- OB 1.0 assertions carry no type; recipient and badge make one
               WHEN len(list_filter(types, lambda t: t <> '')) = 0 AND has_recipient AND badge_json_type IS NOT NULL THEN 'ob2'
           END AS source_format,
           -- the most telling type: not the generic VerifiableCredential, not a URL alias
           coalesce(list_filter(types, lambda t: t NOT IN ('', 'VerifiableCredential') AND t NOT LIKE '%:%')[1],
                    list_filter(types, lambda t: t <> '')[1]) AS main_type
    FROM elements e
),
fields AS MATERIALIZED (
    SELECT element, line, source_format,
           -- what an element that is no assertion or credential is, for the reason given
           CASE
               WHEN source_format IS NOT NULL THEN NULL
               WHEN json_type = 'ARRAY' THEN 'a JSON array instead of an object'
               WHEN json_type = 'VARCHAR' THEN 'a text value instead of an object'
               WHEN json_type <> 'OBJECT' THEN 'a ' || lower(json_type) || ' value instead of an object'
               WHEN main_type IS NOT NULL THEN
                   CASE WHEN lower(left(main_type, 1)) IN ('a', 'e', 'i', 'o', 'u') THEN 'an ' ELSE 'a ' END || main_type
               WHEN json_exists(j, '$.revokedAssertions') OR json_exists(j, '$.revokedCredentials') THEN 'a revocation list'
               -- an API response (Badgr: {"status": ..., "result": [...]}) saved as it came
               WHEN list_has_any(list_filter(json_keys(j), lambda k: json_type(j, '$."' || k || '"') = 'ARRAY'),
                                 ['result', 'results', 'assertions', 'credentials', 'badges', 'data', 'items']) THEN
                   'a response wrapping its list in ' || array_to_string(list_filter(json_keys(j),
                       lambda k: k IN ('result', 'results', 'assertions', 'credentials', 'badges', 'data', 'items')), ', ')
                   || '; save the list itself (a JSON array of assertions)'
               WHEN json_exists(j, '$.revoked') AND NOT has_recipient THEN
                   'a revocation notice without recipient or badge'
               WHEN json_exists(j, '$.alg') AND len(json_keys(j)) <= 3 THEN 'a JWS header'
               ELSE 'an object without a type, with keys ' || array_to_string(json_keys(j)[1:6], ', ')
                    || CASE WHEN len(json_keys(j)) > 6 THEN ', ...' ELSE '' END
           END AS found,
           nullif(trim(id_text), '') AS assertion_id,
           nullif(trim(CASE source_format
               WHEN 'ob2' THEN CASE badge_json_type WHEN 'OBJECT' THEN badge_id_text ELSE badge_text END
               WHEN 'ob3' THEN achievement_text
           END), '') AS badge_class,
           CASE source_format
               WHEN 'ob2' THEN CASE badge_json_type WHEN 'OBJECT' THEN 'badge.id' ELSE 'badge' END
               ELSE 'credentialSubject.achievement.id'
           END AS badge_column,
           CASE source_format
               WHEN 'ob2' THEN coalesce(issued_ob2, issued_ob1)
               ELSE coalesce(valid_from, issuance_date)
           END AS issued_raw,
           CASE source_format
               WHEN 'ob2' THEN CASE WHEN has_issued_ob1 AND NOT has_issued_ob2 THEN 'issued_on' ELSE 'issuedOn' END
               ELSE CASE WHEN has_issuance_date AND NOT has_valid_from THEN 'issuanceDate' ELSE 'validFrom' END
           END AS issued_column,
           CASE source_format
               WHEN 'ob2' THEN expires_ob2
               ELSE coalesce(valid_until, expiration_date)
           END AS expires_raw,
           CASE source_format
               WHEN 'ob2' THEN 'expires'
               ELSE CASE WHEN has_expiration_date AND NOT has_valid_until THEN 'expirationDate' ELSE 'validUntil' END
           END AS expires_column,
           coalesce(revoked_inline, revoked_in_status) AS revoked_raw,
           coalesce(reason_inline, reason_in_status) AS revocation_reason
    FROM classified
),
-- the badge class lookup and the date parsing once per distinct value, not once per badge
day_of AS (
    SELECT text, badge_day(text) AS day
    FROM (SELECT issued_raw AS text FROM fields UNION SELECT expires_raw FROM fields)
    WHERE text IS NOT NULL
),
module_of AS (
    SELECT badge_class, module_of_badge(badge_class) AS module_code
    FROM (SELECT DISTINCT badge_class FROM fields WHERE badge_class IS NOT NULL)
)
SELECT f.*, mo.module_code, di.day AS issued_day, de.day AS expires_day, badge_flag(f.revoked_raw) AS revoked_flag
FROM fields f
LEFT JOIN module_of mo ON mo.badge_class = f.badge_class
LEFT JOIN day_of di ON di.text = f.issued_raw
LEFT JOIN day_of de ON de.text = f.expires_raw;

-- Who each assertion or credential names, one row per way it names them:
--   kind 'hash':  a salted (or unsalted) sha256$ or md5$ hash of an e-mail address
--   kind 'email': a plain address (OB 2.0 hashed = false, OB 3.0 hashed = false or mailto: id)
--   kind 'other': something else (an eduID, a DID, a URL, a phone number): cannot be matched
CREATE OR REPLACE TEMP TABLE badge_json_recipient AS
WITH named AS (
    -- OB 2.0: recipient {type, hashed, salt, identity}; OB 1.0: recipient is the hash itself
    -- (every path of an element in one parse, as above)
    SELECT element,
           CASE t WHEN 'OBJECT' THEN v[1] ELSE v[5] END AS identity,
           CASE t WHEN 'OBJECT' THEN v[2] ELSE v[6] END AS salt,
           v[3] AS hashed,
           coalesce(v[4], 'email') AS recipient_type
    FROM (SELECT s.element, json_type(s.json, '$.recipient') AS t,
                 json_extract_string(s.json, ['$.recipient.identity', '$.recipient.salt', '$.recipient.hashed', '$.recipient.type',
                                              '$.recipient', '$.salt']) AS v
          FROM staged_badges_json s JOIN badge_json b USING (element)
          WHERE b.source_format = 'ob2')
    UNION ALL
    -- OB 3.0: credentialSubject.identifier, one IdentityObject or a list of them
    SELECT s.element, json_extract_string(i.value, '$.identityHash'), json_extract_string(i.value, '$.salt'),
           json_extract_string(i.value, '$.hashed'), coalesce(json_extract_string(i.value, '$.identityType'), 'emailAddress')
    FROM staged_badges_json s JOIN badge_json b USING (element),
         LATERAL (SELECT unnest(CASE json_type(s.json, '$.credentialSubject.identifier')
                                     WHEN 'ARRAY' THEN json_extract(s.json, '$.credentialSubject.identifier[*]')
                                     WHEN 'OBJECT' THEN [json_extract(s.json, '$.credentialSubject.identifier')]
                                     ELSE []::JSON[] END) AS value) i
    WHERE b.source_format = 'ob3'
    UNION ALL
    -- OB 3.0: credentialSubject.id, e.g. mailto:someone@example.org or a DID
    SELECT s.element, json_extract_string(s.json, '$.credentialSubject.id'), NULL, 'false',
           CASE WHEN json_extract_string(s.json, '$.credentialSubject.id') ILIKE 'mailto:%' THEN 'emailAddress'
                ELSE split_part(json_extract_string(s.json, '$.credentialSubject.id'), ':', 1) END
    FROM staged_badges_json s JOIN badge_json b USING (element)
    WHERE b.source_format = 'ob3' AND json_extract_string(s.json, '$.credentialSubject.id') IS NOT NULL
),
parsed AS (
    SELECT element, recipient_type, nullif(salt, '') AS salt,
           trim(regexp_replace(trim(identity), '^mailto:', '', 'i')) AS identity,
           regexp_extract(trim(identity), '^(sha256|md5)\$([0-9a-fA-F]+)$', 1, 'i') AS prefix,
           lower(regexp_extract(trim(identity), '^(sha256|md5)\$([0-9a-fA-F]+)$', 2, 'i')) AS prefixed_hex,
           badge_flag(hashed) AS hashed
    FROM named
    WHERE nullif(trim(identity), '') IS NOT NULL
),
kinded AS (
    SELECT *,
           CASE
               WHEN prefix <> '' THEN 'hash'
               -- a hash without its algorithm prefix: told apart by its length
               WHEN hashed AND regexp_full_match(identity, '[0-9a-fA-F]{64}|[0-9a-fA-F]{32}') THEN 'hash'
               WHEN NOT coalesce(hashed, false) AND identity LIKE '%_@_%.%' THEN 'email'
               ELSE 'other'
           END AS kind
    FROM parsed
)
SELECT element, recipient_type, kind,
       CASE WHEN kind = 'hash' THEN CASE WHEN prefix <> '' THEN lower(prefix) WHEN length(identity) = 32 THEN 'md5' ELSE 'sha256' END END AS algorithm,
       CASE WHEN kind = 'hash' THEN coalesce(nullif(prefixed_hex, ''), lower(identity)) END AS hash,
       coalesce(salt, '') AS salt,
       CASE WHEN kind = 'email' THEN lower(identity) END AS email
FROM kinded;
