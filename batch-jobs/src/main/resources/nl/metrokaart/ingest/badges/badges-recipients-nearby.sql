-- A matching pass over the participants with a session of the badge's module {{nearest}} to
-- {{farthest}} days before the badge was issued: badges are issued for a session, mostly soon
-- after it. An equi-join per day offset (not a range join), so the work is the candidate
-- pairs themselves; each pair costs one hash, and matched badges drop out of later passes.
INSERT INTO badge_recipient_match
WITH unmatched AS (
    SELECT * FROM badge_hash WHERE element NOT IN (SELECT element FROM badge_recipient_match)
),
candidates AS (
    SELECT DISTINCT h.element, h.algorithm, h.hash, h.salt, e.participant_key
    FROM unmatched h
    CROSS JOIN range({{nearest}}, {{farthest}} + 1) AS offsets(days)
    JOIN enrolment e ON e.module_code = h.module_code AND e.session_date = h.issued_day - offsets.days::INTEGER
)
SELECT DISTINCT c.element, c.participant_key
FROM candidates c
JOIN badge_known k USING (participant_key)
WHERE recipient_hash(c.algorithm, k.email, c.salt) = c.hash;
