-- Matching badge recipients to participants known from enrolments, first part (RecipientMatcher
-- runs the passes in order and says why they are shaped this way).
-- In: badge_json, badge_json_recipient. Out: badge_recipient_match (element, participant_key),
-- and badge_hash: the hashed recipients, for the passes that need the known addresses.
CREATE OR REPLACE TEMP TABLE badge_recipient_match (element BIGINT, participant_key VARCHAR);

-- Only badges that passed their other checks are worth hashing for.
CREATE OR REPLACE TEMP TABLE badge_matchable AS
SELECT element, module_code, issued_day FROM badge_json
WHERE source_format IS NOT NULL AND module_code IS NOT NULL AND issued_day IS NOT NULL;

-- A plain address: its pseudonym, when that is a participant known from enrolments.
INSERT INTO badge_recipient_match
SELECT DISTINCT r.element, p.participant_key
FROM badge_json_recipient r
JOIN badge_matchable USING (element)
JOIN (SELECT DISTINCT participant_key FROM enrolment) p ON p.participant_key = participant_key_of(r.email)
WHERE r.kind = 'email';

CREATE OR REPLACE TEMP TABLE badge_hash AS
SELECT r.element, r.algorithm, r.hash, r.salt, b.module_code, b.issued_day
FROM badge_json_recipient r
JOIN badge_matchable b USING (element)
WHERE r.kind = 'hash' AND r.element NOT IN (SELECT element FROM badge_recipient_match);
