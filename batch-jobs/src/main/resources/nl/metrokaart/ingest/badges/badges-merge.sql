-- The good rows of badge_checked (any format) into badge. A newer delivery of an assertion
-- (same assertion_id) replaces the older one; other badges of the same participant and
-- module are kept (the marts take the earliest).
DELETE FROM badge WHERE assertion_id IN (SELECT assertion_id FROM badge_checked WHERE reject_reason IS NULL);

INSERT INTO badge
SELECT assertion_id, module_code, badge_class, participant_key, issued_on, expires_on, revoked, revocation_reason,
       acceptance, source_format, '{{sha256}}', line
FROM badge_checked
WHERE reject_reason IS NULL
ORDER BY line;
