-- A matching pass over every participant enrolled in the badge's module, whenever the session
-- (a badge issued long after it, or before it).
INSERT INTO badge_recipient_match
WITH unmatched AS (
    SELECT * FROM badge_hash WHERE element NOT IN (SELECT element FROM badge_recipient_match)
)
SELECT DISTINCT h.element, k.participant_key
FROM unmatched h
JOIN (SELECT DISTINCT module_code, participant_key FROM enrolment) e USING (module_code)
JOIN badge_known k ON k.participant_key = e.participant_key
WHERE recipient_hash(h.algorithm, k.email, h.salt) = h.hash;
