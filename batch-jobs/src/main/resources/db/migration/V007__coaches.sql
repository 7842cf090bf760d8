-- Train-the-trainer: workplace coaches (werkplekcoaches) trained by the pps, and their coaching
-- of colleagues on the job. As elsewhere: no primary keys; a newer delivery replaces a record by
-- delete + insert on its natural key; source_sha256/source_line name the file and line.

-- A coach trained in one track. coach_key is the pseudonym of the coach's e-mail address made
-- exactly as participant_key, so a coach who followed a metrolijn is the same person there.
-- Natural key: (coach_key, track), track NULL when the export names none.
CREATE TABLE IF NOT EXISTS coach (
    coach_key       VARCHAR NOT NULL,
    company_kvk     VARCHAR,            -- 8-digit text; NULL: the company of the coach's latest enrolment, if any
    track           VARCHAR,            -- a lijn code as the catalogue spells it, or the pps's own coach-track text
    trained_on      DATE    NOT NULL,
    source_sha256   VARCHAR NOT NULL,
    source_line     BIGINT
);

-- One coaching activity: a coach coached colleagues on a day. Natural key: (coach_key,
-- activity_date): a newer delivery of a coach's day replaces all of that coach's activities of
-- that day (a coach may hold several on one day, one row each). colleagues_count is the number
-- given, or the number of colleagues named, whichever is larger. The coach need not be in a
-- coaches file yet (the coach's training may come in a later delivery).
CREATE TABLE IF NOT EXISTS coaching_activity (
    activity_id      VARCHAR NOT NULL,  -- source_sha256 || ':' || source_line, to tie the colleagues to it
    coach_key        VARCHAR NOT NULL,
    activity_date    DATE    NOT NULL,
    colleagues_count INTEGER NOT NULL,
    hours            DECIMAL(6, 2),     -- NULL: not given
    source_sha256    VARCHAR NOT NULL,
    source_line      BIGINT
);

-- The colleagues an activity names by e-mail address, as pseudonyms (made as participant_key, so
-- a colleague can be followed to enrolments and badges). Replaced with their activity.
CREATE TABLE IF NOT EXISTS coached_colleague (
    activity_id   VARCHAR NOT NULL,
    colleague_key VARCHAR NOT NULL
);
