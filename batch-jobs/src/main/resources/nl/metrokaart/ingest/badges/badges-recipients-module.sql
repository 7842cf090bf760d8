-- A matching pass over every participant enrolled in the badge's module, whenever the session
-- (a badge issued long after it, or before it).
INSERT INTO badge_recipient_match
WITH unmatched AS (
    SELECT * FROM badge_hash WHERE element NOT IN (SELECT element FROM badge_recipient_match)
),
candidates AS (
    SELECT DISTINCT h.element, h.algorithm, h.hash, h.salt, e.participant_key
    FROM unmatched h
    JOIN (SELECT DISTINCT module_code, participant_key FROM enrolment) e USING (module_code)
)
SELECT DISTINCT c.element, c.participant_key
FROM candidates c
JOIN badge_known k USING (participant_key)
WHERE recipient_hash(c.algorithm, k.email, c.salt) = c.hash;
