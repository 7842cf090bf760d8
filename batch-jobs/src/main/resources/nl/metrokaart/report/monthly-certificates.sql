-- Certificates earned (certificates_earned) per certificate of the catalogue: in the month [$1, $2],
-- in the year to date [$3, $2] and up to the report date $2.
SELECT c.certificate_code, c.name, c.kind,
       count(e.participant_key) FILTER (WHERE e.earned_on BETWEEN $1 AND $2) AS in_month,
       count(e.participant_key) FILTER (WHERE e.earned_on BETWEEN $3 AND $2) AS year_to_date,
       count(e.participant_key) FILTER (WHERE e.earned_on <= $2)             AS to_date
FROM certificate c
LEFT JOIN certificates_earned e USING (certificate_code)
GROUP BY ALL
ORDER BY c.certificate_code
