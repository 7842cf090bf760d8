-- The last matching pass: every known participant, for a badge of a module its recipient has
-- no enrolment row for (still a badge they hold). Run only when few badges are left.
INSERT INTO badge_recipient_match
SELECT DISTINCT h.element, k.participant_key
FROM (SELECT * FROM badge_hash WHERE element NOT IN (SELECT element FROM badge_recipient_match)) h
CROSS JOIN badge_known k
WHERE recipient_hash(h.algorithm, k.email, h.salt) = h.hash;
