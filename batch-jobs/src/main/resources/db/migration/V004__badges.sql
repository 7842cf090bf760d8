-- Badges: one row per Open Badges assertion, OB 3.0 credential or edubadges CSV row, matched
-- to a module (by its badge_class) and to a participant (pseudonym; the recipient's e-mail
-- address or its hash is never kept). No primary key, as for enrolments: a newer delivery of
-- an assertion (same assertion_id) replaces the older one by delete + insert. Two badges of
-- one participant for one module are both kept: the marts take the earliest.
CREATE TABLE IF NOT EXISTS badge (
    assertion_id      VARCHAR NOT NULL,  -- OB 2.0 assertion id / OB 3.0 credential id; else a hash of its content
    module_code       VARCHAR NOT NULL,
    badge_class       VARCHAR NOT NULL,  -- as the file names it (OB 2.0 badge, OB 3.0 achievement.id, CSV badgeclass)
    participant_key   VARCHAR NOT NULL,
    issued_on         DATE    NOT NULL,  -- the calendar date in Europe/Amsterdam
    expires_on        DATE,
    revoked           BOOLEAN NOT NULL,
    revocation_reason VARCHAR,
    acceptance        VARCHAR,           -- Accepted / Unaccepted / Rejected; NULL where the shape has none (OB 2.0, OB 3.0)
    source_format     VARCHAR NOT NULL,  -- ob2, ob3 or edubadges
    source_sha256     VARCHAR NOT NULL,
    source_line       BIGINT             -- the line the row or JSON object starts on
);
