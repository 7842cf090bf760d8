-- A matching pass over the participants with a session of the badge's module {{nearest}} to
-- {{farthest}} days before the badge was issued: badges are issued for a session, mostly soon
-- after it. Each badge is first spread over the session days it may belong to, so enrolment
-- is joined on (module, day) as plain keys: the work is the candidate pairs themselves, each
-- costing one hash, and badges matched here drop out of later passes. (No DISTINCT over the
-- wide candidate rows: a rare duplicate pair costs one hash, de-duplicating all of them costs
-- five times the hashing.)
INSERT INTO badge_recipient_match
WITH unmatched AS (
    SELECT element, algorithm, hash, salt, module_code, unnest(range({{nearest}}, {{farthest}} + 1)) AS days_before, issued_day
    FROM badge_hash
    WHERE element NOT IN (SELECT element FROM badge_recipient_match)
),
session_days AS (
    SELECT element, algorithm, hash, salt, module_code, issued_day - days_before::INTEGER AS session_date
    FROM unmatched
)
SELECT DISTINCT d.element, k.participant_key
FROM session_days d
JOIN enrolment e ON e.module_code = d.module_code AND e.session_date = d.session_date
JOIN badge_known k ON k.participant_key = e.participant_key
WHERE recipient_hash(d.algorithm, k.email, d.salt) = d.hash;
