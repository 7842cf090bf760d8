-- Assessments (long CSV or unpivoted survey workbook) and follow-ups (vervolgtrajecten).
-- As elsewhere: no primary keys; a newer delivery replaces a record by delete + insert on
-- its natural key, and source_sha256/source_line name the file and line it came from.

-- One skill level of one participant, as assessed on one day at one moment by one source.
-- Natural key: (participant_key, skill_code, assessed_on, moment, source), so a self- and a
-- coach-assessment on the same day are two records; a newer delivery of the same key replaces.
-- An assessment may name a participant not (yet) known from enrolments.
CREATE TABLE IF NOT EXISTS assessment (
    participant_key VARCHAR NOT NULL,
    skill_code      VARCHAR NOT NULL,   -- as spelled in the catalogue
    assessed_on     DATE    NOT NULL,
    moment          VARCHAR NOT NULL,   -- intake, tussentijds or exit
    source          VARCHAR NOT NULL,   -- self, coach or assessor (who assessed)
    level           INTEGER NOT NULL,   -- within the catalogue's scale, never clipped
    source_sha256   VARCHAR NOT NULL,
    source_line     BIGINT
);

-- A follow-up (vervolgtraject) of a participant, or of a company as a whole (participant_key NULL).
-- Natural key: (participant_key, followup_type, start_date) when a participant is named (the kvk
-- on such a row is an attribute a newer delivery may correct), else (company_kvk, followup_type,
-- start_date) among the company-level rows.
CREATE TABLE IF NOT EXISTS followup (
    participant_key VARCHAR,            -- NULL: a company-level follow-up
    company_kvk     VARCHAR,            -- 8-digit text; required when participant_key is NULL
    followup_type   VARCHAR NOT NULL,   -- one of the catalogue's followup_types
    provider        VARCHAR,
    start_date      DATE    NOT NULL,
    run_code        VARCHAR,            -- informative only: the numbers do not use it
    source_sha256   VARCHAR NOT NULL,
    source_line     BIGINT
);
