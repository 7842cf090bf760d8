-- The leercultuurscan (learning-culture scan) of opleidingsbeleid: its catalogue part and the
-- answers of survey respondents. Depends on V002 only (catalogue snapshot, no keys).

-- The scan's own scale and dimensions from metrokaart.yaml (key leercultuurscan); empty when
-- the catalogue has none. Replaced with the rest of the catalogue.
CREATE TABLE IF NOT EXISTS leercultuur_scale (scale_min INTEGER NOT NULL, scale_max INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS leercultuur_scale_label (score INTEGER NOT NULL, label VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS leercultuur_dimension (dimension_code VARCHAR NOT NULL, name VARCHAR, position INTEGER NOT NULL);
-- The survey questions (column headers) that average into a dimension, when the catalogue lists them.
CREATE TABLE IF NOT EXISTS leercultuur_item (dimension_code VARCHAR NOT NULL, item VARCHAR NOT NULL);

-- One answer: a respondent's score on one item (question) of one dimension in one scan of one
-- company. In a long export the item is the dimension itself. respondent_key is the participant
-- pseudonym of the respondent's e-mail (HMAC, as everywhere), a pseudonym of an anonymous
-- respondent id, or, for a row without either, a key of its own (file and line).
-- A newer delivery of a company's scan (company_kvk, scan_id) replaces all of it: survey tools
-- export every response so far, and anonymous rows have no other key to match.
CREATE TABLE IF NOT EXISTS leercultuur_answer (
    company_kvk     VARCHAR NOT NULL,   -- 8-digit text
    scan_id         VARCHAR NOT NULL,   -- the export's scan/round column, else the month of scanned_on (yyyy-mm)
    respondent_key  VARCHAR NOT NULL,
    scanned_on      DATE    NOT NULL,
    dimension_code  VARCHAR NOT NULL,   -- as spelled in the catalogue
    item            VARCHAR NOT NULL,
    score           DOUBLE  NOT NULL,   -- within the scan's scale, never clipped
    source_sha256   VARCHAR NOT NULL,
    source_line     BIGINT
);
