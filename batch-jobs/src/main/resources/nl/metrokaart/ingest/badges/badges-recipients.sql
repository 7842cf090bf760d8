-- Matching badge recipients to participants known from enrolments, first part (the loader's
-- RecipientMatcher runs the passes in order and says why they are shaped this way).
-- In: badge_json, badge_json_recipient, known_email (participant_key, email; memory only).
-- Out: badge_recipient_match (element, participant_key), and badge_hash: the hashed
-- recipients each later pass tries, for the elements no pass has matched yet.
CREATE OR REPLACE TEMP TABLE badge_known AS SELECT DISTINCT participant_key, email FROM known_email;

CREATE OR REPLACE TEMP TABLE badge_recipient_match (element BIGINT, participant_key VARCHAR);

-- An Open Badges identity hash: the algorithm over the address followed by the salt (empty when unsalted).
CREATE OR REPLACE TEMP MACRO recipient_hash(algorithm, email, salt) AS
    CASE algorithm WHEN 'md5' THEN md5(email || salt) ELSE sha256(email || salt) END;

-- Only badges that passed their other checks are worth hashing for.
CREATE OR REPLACE TEMP TABLE badge_matchable AS
SELECT element, module_code, issued_day FROM badge_json
WHERE source_format IS NOT NULL AND module_code IS NOT NULL AND issued_day IS NOT NULL;

-- Plain addresses: the known participant with that address.
INSERT INTO badge_recipient_match
SELECT DISTINCT r.element, k.participant_key
FROM badge_json_recipient r
JOIN badge_matchable USING (element)
JOIN badge_known k ON k.email = r.email
WHERE r.kind = 'email';

CREATE OR REPLACE TEMP TABLE badge_hash AS
SELECT r.element, r.algorithm, r.hash, r.salt, b.module_code, b.issued_day
FROM badge_json_recipient r
JOIN badge_matchable b USING (element)
WHERE r.kind = 'hash' AND r.element NOT IN (SELECT element FROM badge_recipient_match);

-- Pass 1, a salt shared by many badges (or no salt): hashing every known address once with
-- that salt and looking the badges up costs |known| hashes per salt instead of one per pair.
INSERT INTO badge_recipient_match
WITH shared AS (
    SELECT algorithm, salt FROM badge_hash
    GROUP BY algorithm, salt
    HAVING salt = '' OR count(*) * {{pairs_per_badge}} >= (SELECT count(*) FROM badge_known)
),
lookup AS (
    SELECT s.algorithm, s.salt, k.participant_key, recipient_hash(s.algorithm, k.email, s.salt) AS hash
    FROM shared s CROSS JOIN badge_known k
)
SELECT DISTINCT h.element, l.participant_key
FROM badge_hash h
JOIN lookup l ON l.algorithm = h.algorithm AND l.salt = h.salt AND l.hash = h.hash;
