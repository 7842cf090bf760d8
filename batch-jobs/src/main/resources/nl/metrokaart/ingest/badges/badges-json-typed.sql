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
WITH elements AS (
    SELECT s.element, l.line, s.json AS j, json_type(s.json) AS json_type,
           CASE json_type(s.json, '$.type')
                WHEN 'ARRAY' THEN json_extract_string(s.json, '$.type[*]')
                WHEN 'VARCHAR' THEN [json_extract_string(s.json, '$.type')]
                ELSE []::VARCHAR[]
           END AS types
    FROM staged_badges_json s
    JOIN badge_json_line l USING (element)
),
classified AS (
    SELECT e.*,
           CASE
               WHEN json_type <> 'OBJECT' THEN NULL
               WHEN list_has_any(types, ['OpenBadgeCredential', 'AchievementCredential']) THEN 'ob3'
               WHEN list_contains(types, 'Assertion') THEN 'ob2'
               -- OB 1.0 assertions carry no type; recipient and badge make one
               WHEN len(list_filter(types, lambda t: t <> '')) = 0 AND json_exists(j, '$.recipient') AND json_exists(j, '$.badge') THEN 'ob2'
           END AS source_format,
           -- the most telling type: not the generic VerifiableCredential, not a URL alias
           coalesce(list_filter(types, lambda t: t NOT IN ('', 'VerifiableCredential') AND t NOT LIKE '%:%')[1],
                    list_filter(types, lambda t: t <> '')[1]) AS main_type
    FROM elements e
),
fields AS (
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
               WHEN json_exists(j, '$.revoked') AND NOT json_exists(j, '$.recipient') THEN
                   'a revocation notice without recipient or badge'
               WHEN json_exists(j, '$.alg') AND len(json_keys(j)) <= 3 THEN 'a JWS header'
               ELSE 'an object without a type, with keys ' || array_to_string(json_keys(j)[1:6], ', ')
                    || CASE WHEN len(json_keys(j)) > 6 THEN ', ...' ELSE '' END
           END AS found,
           nullif(trim(json_extract_string(j, '$.id')), '') AS assertion_id,
           nullif(trim(CASE source_format
               WHEN 'ob2' THEN CASE json_type(j, '$.badge') WHEN 'OBJECT' THEN json_extract_string(j, '$.badge.id')
                                                              ELSE json_extract_string(j, '$.badge') END
               WHEN 'ob3' THEN json_extract_string(j, '$.credentialSubject.achievement.id')
           END), '') AS badge_class,
           CASE source_format
               WHEN 'ob2' THEN CASE json_type(j, '$.badge') WHEN 'OBJECT' THEN 'badge.id' ELSE 'badge' END
               ELSE 'credentialSubject.achievement.id'
           END AS badge_column,
           CASE source_format
               WHEN 'ob2' THEN coalesce(json_extract_string(j, '$.issuedOn'), json_extract_string(j, '$.issued_on'))
               ELSE coalesce(json_extract_string(j, '$.validFrom'), json_extract_string(j, '$.issuanceDate'))
           END AS issued_raw,
           CASE source_format
               WHEN 'ob2' THEN CASE WHEN json_exists(j, '$.issued_on') AND NOT json_exists(j, '$.issuedOn') THEN 'issued_on' ELSE 'issuedOn' END
               ELSE CASE WHEN json_exists(j, '$.issuanceDate') AND NOT json_exists(j, '$.validFrom') THEN 'issuanceDate' ELSE 'validFrom' END
           END AS issued_column,
           CASE source_format
               WHEN 'ob2' THEN json_extract_string(j, '$.expires')
               ELSE coalesce(json_extract_string(j, '$.validUntil'), json_extract_string(j, '$.expirationDate'))
           END AS expires_raw,
           CASE source_format
               WHEN 'ob2' THEN 'expires'
               ELSE CASE WHEN json_exists(j, '$.expirationDate') AND NOT json_exists(j, '$.validUntil') THEN 'expirationDate' ELSE 'validUntil' END
           END AS expires_column,
           coalesce(json_extract_string(j, '$.revoked'), json_extract_string(j, '$.credentialStatus.revoked')) AS revoked_raw,
           coalesce(json_extract_string(j, '$.revocationReason'), json_extract_string(j, '$.credentialStatus.revocationReason')) AS revocation_reason
    FROM classified
)
SELECT f.*, module_of_badge(f.badge_class) AS module_code, badge_day(f.issued_raw) AS issued_day,
       badge_day(f.expires_raw) AS expires_day, badge_flag(f.revoked_raw) AS revoked_flag
FROM fields f;

-- Who each assertion or credential names, one row per way it names them:
--   kind 'hash':  a salted (or unsalted) sha256$ or md5$ hash of an e-mail address
--   kind 'email': a plain address (OB 2.0 hashed = false, OB 3.0 hashed = false or mailto: id)
--   kind 'other': something else (an eduID, a DID, a URL, a phone number): cannot be matched
CREATE OR REPLACE TEMP TABLE badge_json_recipient AS
WITH named AS (
    -- OB 2.0: recipient {type, hashed, salt, identity}; OB 1.0: recipient is the hash itself
    SELECT s.element,
           CASE json_type(s.json, '$.recipient') WHEN 'OBJECT' THEN json_extract_string(s.json, '$.recipient.identity')
                                                  ELSE json_extract_string(s.json, '$.recipient') END AS identity,
           CASE json_type(s.json, '$.recipient') WHEN 'OBJECT' THEN json_extract_string(s.json, '$.recipient.salt')
                                                  ELSE json_extract_string(s.json, '$.salt') END AS salt,
           json_extract_string(s.json, '$.recipient.hashed') AS hashed,
           coalesce(json_extract_string(s.json, '$.recipient.type'), 'email') AS recipient_type
    FROM staged_badges_json s JOIN badge_json b USING (element)
    WHERE b.source_format = 'ob2'
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
