-- Types and checks every staged assessment row. The long CSV and the survey workbook (unpivoted
-- in Java) are staged in one shape: line, participant_email, skill_code, level, assessed_on,
-- moment, source, all text, empty as NULL. So both shapes are judged by this one definition.
-- The first check a row fails names its column, value and a reason in the pps's words; a row
-- that fails none has reject_reason NULL. The pseudonym is made in the merge script.
-- Words for moments and sources (intake, nulmeting, zelf, ...) are in TEMP table
-- assessment_term, filled from AssessmentTerms.java, which reads file names and headers with them.

-- A value shown in a reject is never an e-mail address, whatever column it was typed in.
CREATE OR REPLACE TEMP MACRO shown(v) AS CASE WHEN v LIKE '%@%' THEN '(left out: it looks like an e-mail address)' ELSE v END;
-- Words compared without case, accents, spaces or punctuation ("Zelf-beoordeling" = "zelfbeoordeling").
CREATE OR REPLACE TEMP MACRO term_key(v) AS regexp_replace(lower(strip_accents(trim(v))), '[^a-z0-9]+', '', 'g');

CREATE OR REPLACE TEMP TABLE assessment_checked AS
WITH scale AS (
    SELECT c.scale_min, c.scale_max,
           (SELECT string_agg(level || ' ' || label, ', ' ORDER BY level) FROM scale_label) AS labels
    FROM catalogue c LIMIT 1
),
scale_word AS (  -- a label names a level only when no other level has the same label
    SELECT term_key(label) AS word, min(level) AS level FROM scale_label GROUP BY 1 HAVING count(*) = 1
),
-- Levels, days, moments and sources repeat throughout a file: each distinct text is read once
-- (regular expressions and accent folding per row would dominate the check at a million rows).
level_text AS (
    SELECT v.level,
           -- "3", "3.0" (a number cell), "3 - zelfstandig", "3. zelfstandig", or a label alone
           CASE
               WHEN regexp_full_match(v.level, '[+-]?[0-9]+([.,]0+)?') THEN try_cast(regexp_extract(v.level, '^[+-]?[0-9]+') AS BIGINT)
               WHEN regexp_full_match(v.level, '[0-9]+\s*[-–:.)]?\s*\p{L}.*') THEN try_cast(regexp_extract(v.level, '^[0-9]+') AS BIGINT)
               ELSE lw.level
           END AS level_number,
           regexp_extract(v.level, '^[0-9]+\s*[-–:.)]?\s*(\p{L}.*)$', 1) AS level_label_part,
           nw.level AS level_of_label_part,
           coalesce(nw.level <> try_cast(regexp_extract(v.level, '^[0-9]+') AS BIGINT), false) AS level_contradicts_label
    FROM (SELECT DISTINCT level FROM {{staged}} WHERE level IS NOT NULL) v
    LEFT JOIN scale_word lw ON lw.word = term_key(v.level)
    LEFT JOIN scale_word nw ON nw.word = term_key(regexp_extract(v.level, '^[0-9]+\s*[-–:.)]?\s*(\p{L}.*)$', 1))
),
day_text AS (
    SELECT v.assessed_on,
           coalesce(try_strptime(v.day, '%Y-%m-%d'), try_strptime(v.day, '%d-%m-%Y'),
                    try_strptime(v.day, '%d/%m/%Y'), try_strptime(v.day, '%Y/%m/%d'))::DATE AS assessed_day
    FROM (
        -- a date, or a timestamp of which the date counts (survey tools export those)
        SELECT assessed_on, regexp_extract(assessed_on,
                   '^(\S+?)(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$', 1) AS day
        FROM (SELECT DISTINCT assessed_on FROM {{staged}} WHERE assessed_on IS NOT NULL)
    ) v
),
moment_text AS (
    SELECT v.moment, t.code FROM (SELECT DISTINCT moment FROM {{staged}} WHERE moment IS NOT NULL) v
    LEFT JOIN assessment_term t ON t.dimension = 'moment' AND t.term = term_key(v.moment)
),
source_text AS (
    SELECT v.source, t.code FROM (SELECT DISTINCT source FROM {{staged}} WHERE source IS NOT NULL) v
    LEFT JOIN assessment_term t ON t.dimension = 'source' AND t.term = term_key(v.source)
),
typed AS (
    SELECT s.*,
           k.skill_code AS skill_canonical,
           l.level_number, l.level_label_part, l.level_of_label_part, coalesce(l.level_contradicts_label, false) AS level_contradicts_label,
           d.assessed_day,
           CASE WHEN s.moment IS NULL THEN 'tussentijds' ELSE m.code END AS moment_code,
           CASE WHEN s.source IS NULL THEN 'self' ELSE o.code END AS source_code
    FROM {{staged}} s
    LEFT JOIN skill k ON upper(k.skill_code) = upper(s.skill_code)
    LEFT JOIN level_text l ON l.level = s.level
    LEFT JOIN day_text d ON d.assessed_on = s.assessed_on
    LEFT JOIN moment_text m ON m.moment = s.moment
    LEFT JOIN source_text o ON o.source = s.source
),
judged AS (
    SELECT t.*,
           CASE
               WHEN t.participant_email IS NULL OR t.participant_email NOT LIKE '%_@_%' THEN 'participant_email'
               WHEN t.skill_code IS NULL OR t.skill_canonical IS NULL THEN 'skill_code'
               WHEN t.level IS NULL OR t.level_number IS NULL OR t.level_contradicts_label
                    OR t.level_number NOT BETWEEN sc.scale_min AND sc.scale_max THEN 'level'
               WHEN t.assessed_day IS NULL THEN 'assessed_on'
               WHEN t.moment_code IS NULL THEN 'moment'
               WHEN t.source_code IS NULL THEN 'source'
           END AS problem_column,
           CASE
               WHEN t.participant_email IS NULL THEN 'participant_email is empty; the participant cannot be identified'
               WHEN t.participant_email NOT LIKE '%_@_%' THEN 'participant_email is not an e-mail address (the value is left out here for privacy)'
               WHEN t.skill_code IS NULL THEN 'skill_code is empty'
               WHEN t.skill_canonical IS NULL THEN 'skill code ' || shown(t.skill_code) || ' is not in metrokaart.yaml'
               WHEN t.level IS NULL THEN 'level is empty'
               WHEN t.level_number IS NULL THEN
                   'level ' || shown(t.level) || ' is not a level: expected a whole number on the scale '
                   || sc.scale_min || '-' || sc.scale_max || ' or one of its labels (' || sc.labels || ')'
               WHEN t.level_contradicts_label THEN
                   'level ' || t.level || ' contradicts itself: ' || t.level_label_part || ' is level ' || t.level_of_label_part
               WHEN t.level_number NOT BETWEEN sc.scale_min AND sc.scale_max THEN
                   'level ' || t.level_number || ' for ' || t.skill_canonical || ' is outside the scale ' || sc.scale_min || '-' || sc.scale_max
               WHEN t.assessed_on IS NULL THEN 'assessed_on is empty; an assessment needs the day it was made'
               WHEN t.assessed_day IS NULL THEN
                   'assessed_on ' || shown(t.assessed_on) || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd)'
               WHEN t.moment_code IS NULL THEN 'moment ' || shown(t.moment) || ' is not one of intake, tussentijds, exit'
               WHEN t.source_code IS NULL THEN 'source ' || shown(t.source) || ' is not one of self, coach, assessor'
           END AS problem
    FROM typed t CROSS JOIN scale sc
)
-- The same assessment twice in one file: the first counts, a later one is rejected pointing to it
-- (a newer delivery replaces an assessment; within one file there is no newer).
SELECT j.*,
       CASE WHEN j.problem IS NOT NULL THEN j.problem_column END AS reject_column,  -- a repeat is about the row
       CASE WHEN j.problem IS NOT NULL THEN j.problem
            WHEN j.line > j.first_line THEN
                'the same assessment (participant, ' || j.skill_canonical || ', ' || strftime(j.assessed_day, '%d-%m-%Y') || ', '
                || j.moment_code || ', ' || j.source_code || ') already appears on line ' || j.first_line || ' of this file'
       END AS reject_reason
FROM (
    SELECT jj.*,
           min(jj.line) OVER (PARTITION BY jj.problem IS NULL, lower(trim(jj.participant_email)), jj.skill_canonical,
                                           jj.assessed_day, jj.moment_code, jj.source_code) AS first_line
    FROM judged jj
) j;

INSERT INTO file_rejects
SELECT line, reject_column,
       CASE reject_column
           WHEN 'participant_email' THEN NULL  -- never keep an e-mail address in the warehouse
           WHEN 'skill_code' THEN shown(skill_code) WHEN 'level' THEN shown(level)
           WHEN 'assessed_on' THEN shown(assessed_on) WHEN 'moment' THEN shown(moment) WHEN 'source' THEN shown(source)
       END,
       reject_reason
FROM assessment_checked
WHERE reject_reason IS NOT NULL;
