-- The warehouse's core tables. Personal data never lands here: participants are keyed
-- pseudonyms (HMAC-SHA256 of the normalised e-mail), names are dropped at ingest.
-- Large tables carry no primary key: a newer delivery replaces records by delete + insert
-- on the natural key, which is faster than an index-backed upsert at 10 M rows.

-- Every file an ingest has looked at, loaded or not: rows read = loaded + rejected.
CREATE TABLE IF NOT EXISTS ingested_file (
    sha256           VARCHAR PRIMARY KEY,
    file_name        VARCHAR NOT NULL,
    path             VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,
    rows_read        BIGINT  NOT NULL,
    rows_loaded      BIGINT  NOT NULL,
    rows_rejected    BIGINT  NOT NULL,
    ingested_at      TIMESTAMP NOT NULL,
    job_execution_id BIGINT
);

-- One row per rejected input row, with what a pps employee needs to fix it.
CREATE TABLE IF NOT EXISTS reject (
    sha256      VARCHAR NOT NULL,
    file_name   VARCHAR NOT NULL,
    line        BIGINT,
    column_name VARCHAR,
    value       VARCHAR,
    reason      VARCHAR NOT NULL
);

-- The catalogue (metrokaart.yaml): a snapshot, replaced as a whole by a newer one.
CREATE TABLE IF NOT EXISTS catalogue (
    pps                      VARCHAR,
    sector                   VARCHAR,
    scale_min                INTEGER NOT NULL,
    scale_max                INTEGER NOT NULL,
    completion_share         DOUBLE  NOT NULL,
    conversion_window_months INTEGER NOT NULL,
    min_group_size           INTEGER NOT NULL,
    sha256                   VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS scale_label    (level INTEGER, label VARCHAR);
CREATE TABLE IF NOT EXISTS skill          (skill_code VARCHAR, name VARCHAR, esco_uri VARCHAR);
CREATE TABLE IF NOT EXISTS profile        (profile_code VARCHAR, name VARCHAR);
CREATE TABLE IF NOT EXISTS profile_target (profile_code VARCHAR, skill_code VARCHAR, target_level INTEGER);
CREATE TABLE IF NOT EXISTS module         (module_code VARCHAR, title VARCHAR, hours DOUBLE, badge_class VARCHAR);
CREATE TABLE IF NOT EXISTS module_skill   (module_code VARCHAR, skill_code VARCHAR, level INTEGER);
CREATE TABLE IF NOT EXISTS lijn           (lijn_code VARCHAR, name VARCHAR, colour VARCHAR, profile_code VARCHAR,
                                           min_participants INTEGER, max_participants INTEGER);
CREATE TABLE IF NOT EXISTS lijn_module    (lijn_code VARCHAR, module_code VARCHAR, position INTEGER);
CREATE TABLE IF NOT EXISTS certificate    (certificate_code VARCHAR, name VARCHAR, kind VARCHAR);
CREATE TABLE IF NOT EXISTS certificate_module (certificate_code VARCHAR, module_code VARCHAR);
CREATE TABLE IF NOT EXISTS followup_type  (followup_type VARCHAR);

-- companies.csv; kvk is text of exactly 8 digits.
CREATE TABLE IF NOT EXISTS company (
    company_kvk  VARCHAR NOT NULL,
    name         VARCHAR,
    sbi          VARCHAR,
    sector       VARCHAR,
    employees    INTEGER,
    region       VARCHAR,
    source_sha256 VARCHAR NOT NULL,
    source_line  BIGINT
);

-- enrolments.csv: one row per participant per module session.
CREATE TABLE IF NOT EXISTS enrolment (
    enrolment_id    VARCHAR NOT NULL,
    run_code        VARCHAR NOT NULL,
    lijn_code       VARCHAR NOT NULL,
    module_code     VARCHAR NOT NULL,
    session_date    DATE    NOT NULL,
    participant_key VARCHAR NOT NULL,
    company_kvk     VARCHAR,
    role            VARCHAR,
    status          VARCHAR NOT NULL,
    attendance      VARCHAR,
    source_sha256   VARCHAR NOT NULL,
    source_line     BIGINT
);
