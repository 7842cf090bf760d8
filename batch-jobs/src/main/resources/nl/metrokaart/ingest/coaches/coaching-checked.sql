-- Types and checks every staged row of a coaching-activity file (first failing check wins).
-- A row is one activity: the coach's e-mail address and the day are required, and the colleagues
-- coached, as a number (colleagues_count), as e-mail addresses (colleague_emails, separated by
-- ; , | or spaces), or both; hours are optional (a Dutch decimal comma is read). A plain number in
-- the colleagues column is read as their number. colleagues = the number given or the distinct
-- addresses named, whichever is larger. A coach not (yet) in a coaches file is no reason to
-- reject: the training may come in a later delivery (coach_reach counts such activities apart).
-- The temp table is coaching_checked (dropped by the merge).

-- A value shown in a reject is never an e-mail address, whatever column it was typed in.
CREATE OR REPLACE TEMP MACRO shown(v) AS CASE WHEN v LIKE '%@%' THEN '(left out: it looks like an e-mail address)' ELSE v END;

CREATE OR REPLACE TEMP TABLE coaching_checked AS
WITH typed AS (
    SELECT s.*,
           coalesce(try_strptime(s.activity_date, '%Y-%m-%d'), try_strptime(s.activity_date, '%d-%m-%Y'),
                    try_strptime(s.activity_date, '%d/%m/%Y'))::DATE AS activity_day,
           CASE WHEN s.colleagues_count IS NULL AND regexp_full_match(s.colleague_emails, '[0-9]+') THEN s.colleague_emails
                ELSE s.colleagues_count END AS count_text,
           CASE WHEN s.colleagues_count IS NULL AND regexp_full_match(s.colleague_emails, '[0-9]+') THEN NULL
                ELSE s.colleague_emails END AS emails_text,
           try_cast(replace(s.hours, ',', '.') AS DECIMAL(6, 2)) AS hours_given
    FROM {{staged}} s
),
listed AS (
    SELECT t.*,
           try_cast(t.count_text AS INTEGER) AS count_given,
           list_filter(list_transform(regexp_split_to_array(coalesce(t.emails_text, ''), '[;,|\s]+'),
                                      lambda x: lower(trim(x))), lambda x: x <> '') AS given
    FROM typed t
),
judged AS (
    SELECT l.*,
           list_distinct(l.given) AS emails,
           list_position(list_transform(l.given, lambda x: regexp_full_match(x, '[^@]+@[^@]+\.[^@]+')), false) AS bad_email_at,
           CASE
               WHEN l.coach_email IS NULL OR l.coach_email NOT LIKE '%_@_%' THEN 'coach_email'
               WHEN l.activity_day IS NULL THEN 'activity_date'
               WHEN l.count_text IS NOT NULL AND (l.count_given IS NULL OR l.count_given < 1) THEN 'colleagues_count'
               WHEN list_position(list_transform(l.given, lambda x: regexp_full_match(x, '[^@]+@[^@]+\.[^@]+')), false) IS NOT NULL
                   THEN 'colleague_emails'
               WHEN l.count_text IS NULL AND len(l.given) = 0 THEN 'colleagues_count'
               WHEN l.hours IS NOT NULL AND (l.hours_given IS NULL OR l.hours_given <= 0 OR l.hours_given > 24) THEN 'hours'
           END AS problem_column
    FROM listed l
),
explained AS (
    SELECT j.*,
           CASE j.problem_column
               WHEN 'coach_email' THEN CASE WHEN j.coach_email IS NULL THEN 'the coach''s e-mail address is empty; an activity belongs to a coach'
                   ELSE 'coach_email is not an e-mail address (the value is left out here for privacy)' END
               WHEN 'activity_date' THEN CASE WHEN j.activity_date IS NULL THEN 'the date is empty; an activity needs the day it took place'
                   ELSE 'date ' || shown(j.activity_date) || ' is not a date (expected dd-mm-jjjj or jjjj-mm-dd)' END
               WHEN 'colleague_emails' THEN
                   'entry ' || j.bad_email_at || ' of ' || len(j.given) || ' in the list of colleagues is not an e-mail address '
                   || '(separate addresses by ; , or |; the values are left out here for privacy)'
               WHEN 'colleagues_count' THEN CASE WHEN j.count_text IS NULL
                   THEN 'neither a number of colleagues nor their e-mail addresses is given; an activity coaches at least one colleague'
                   ELSE 'number of colleagues ' || shown(j.count_text) || ' is not a whole number of 1 or more' END
               WHEN 'hours' THEN 'hours ' || shown(j.hours) || ' is not a number of hours above 0 and at most 24 (e.g. 1,5)'
           END AS problem
    FROM judged j
)
-- The same activity twice in one file (coach, day, colleagues and hours alike): the first counts.
SELECT e.*,
       greatest(coalesce(e.count_given, 0), len(e.emails)) AS colleagues,
       CASE WHEN e.problem IS NOT NULL THEN e.problem_column END AS reject_column,
       CASE WHEN e.problem IS NOT NULL THEN e.problem
            WHEN e.line > e.first_line THEN
                'the same activity (coach, ' || strftime(e.activity_day, '%d-%m-%Y') || ', the same colleagues and hours) already appears on line '
                || e.first_line || ' of this file'
       END AS reject_reason
FROM (
    SELECT ee.*,
           min(ee.line) OVER (PARTITION BY ee.problem IS NULL, lower(trim(ee.coach_email)), ee.activity_day, ee.count_given,
                                           list_sort(ee.emails), ee.hours_given) AS first_line
    FROM explained ee
) e;

INSERT INTO file_rejects
SELECT line, reject_column,
       CASE reject_column
           WHEN 'coach_email' THEN NULL WHEN 'colleague_emails' THEN NULL  -- never keep an e-mail address in the warehouse
           WHEN 'activity_date' THEN shown(activity_date) WHEN 'colleagues_count' THEN shown(count_text) WHEN 'hours' THEN shown(hours)
       END,
       reject_reason
FROM coaching_checked
WHERE reject_reason IS NOT NULL;
