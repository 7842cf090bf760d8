-- Helpers shared by the badge checks; TEMP, so they live in this connection only (the loader
-- drops participant_key_of, which holds the pseudonym key, after each file).

-- The pseudonym of an address (HMAC-SHA256 of the trimmed, lower-cased address), as for enrolments.
CREATE OR REPLACE TEMP MACRO participant_key_of(email) AS {{pseudonym}};

-- An Open Badges identity hash: the algorithm over the address followed by the salt (empty when unsalted).
CREATE OR REPLACE TEMP MACRO recipient_hash(algorithm, email, salt) AS
    CASE algorithm WHEN 'md5' THEN md5(email || salt) ELSE sha256(email || salt) END;

-- A badge date as the calendar date a pps employee in the Netherlands would name (docs/domain.md
-- section 4, precise readings): a date-time with a zone (Z, +01:00, +0100) is an instant, taken in
-- Europe/Amsterdam (2026-03-31T23:30:00Z is 1 April); a date-time without a zone is already
-- local; plain dates in ISO or Dutch (dd-mm-jjjj) form; OB 1.x Unix timestamps (seconds).
-- NULL when the text is empty or no date.
CREATE OR REPLACE TEMP MACRO badge_day(t) AS
    CASE
        WHEN nullif(trim(t), '') IS NULL THEN NULL
        WHEN regexp_full_match(trim(t), '\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)? ?([Zz]|[+-]\d{2}(:?\d{2})?)')
            THEN timezone('Europe/Amsterdam', try_cast(trim(t) AS TIMESTAMPTZ))::DATE
        WHEN regexp_full_match(trim(t), '\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?')
            THEN try_cast(replace(trim(t), 't', 'T') AS TIMESTAMP)::DATE
        WHEN regexp_full_match(trim(t), '\d{9,10}')
            THEN timezone('Europe/Amsterdam', to_timestamp(trim(t)::BIGINT))::DATE
        ELSE coalesce(try_strptime(trim(t), '%Y-%m-%d'), try_strptime(trim(t), '%d-%m-%Y'),
                      try_strptime(trim(t), '%d/%m/%Y'), try_strptime(trim(t), '%d.%m.%Y'))::DATE
    END;

-- A yes/no cell or JSON value: NULL when it is neither (empty counts as no).
CREATE OR REPLACE TEMP MACRO badge_flag(t) AS
    CASE
        WHEN nullif(trim(t), '') IS NULL THEN false
        WHEN lower(trim(t)) IN ('true', '1', 'yes', 'y', 'ja', 'j', 'waar', 'revoked', 'ingetrokken') THEN true
        WHEN lower(trim(t)) IN ('false', '0', 'no', 'n', 'nee', 'onwaar') THEN false
    END;

-- Badge classes are URLs: compared without case and without a trailing slash.
CREATE OR REPLACE TEMP MACRO badge_class_key(t) AS lower(rtrim(trim(t), '/'));

-- The module whose badge_class a badge names (the catalogue keeps badge classes unique).
CREATE OR REPLACE TEMP MACRO module_of_badge(t) AS
    (SELECT min(m.module_code) FROM module m WHERE badge_class_key(m.badge_class) = badge_class_key(t));

-- Text that may end up in reject reasons or values: every e-mail address in it blanked out,
-- so no address reaches the warehouse even when a file puts one where it should not be.
CREATE OR REPLACE TEMP MACRO without_email(t) AS
    regexp_replace(t, '[^\s"''<>(),;:\[\]{}]+@[^\s"''<>(),;:\[\]{}]+\.[A-Za-z]{2,}', '(an e-mail address)', 'g');
