-- stg_coach: each trained coach per track, with their company: the kvk on the coaches file, else
-- the company of the coach's latest enrolment as a participant (stg_participant), else none.
-- grain: one row per coach and track
-- key: coach_key, track
-- columns:
--   coach_key     the coach (pseudonym)
--   company_kvk   the coach's company: the file's kvk, else their latest enrolment's, else NULL
--   track         the training track (NULL when the file named none)
--   trained_on    the day the training was completed
CREATE OR REPLACE VIEW stg_coach AS
SELECT c.coach_key, coalesce(c.company_kvk, p.company_kvk) AS company_kvk, c.track, c.trained_on
FROM coach c
LEFT JOIN stg_participant p ON p.participant_key = c.coach_key;
