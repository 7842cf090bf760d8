-- A hashed-recipient pass for a salt shared by many badges (or no salt at all): every known
-- address (known_email, decrypted into this connection's memory) hashed once per such salt and
-- the badges looked up: |known| hashes per salt instead of one per candidate pair.
CREATE OR REPLACE TEMP TABLE badge_known AS SELECT DISTINCT participant_key, email FROM known_email;

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
