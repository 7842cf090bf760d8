-- Every company's participants in lijnen with a profile (rpt_company_participants), and whether the
-- skills sheet shows it: at least $1 (k) participants and among the $2 with the most; only shown
-- companies carry their name (fewer strings to fetch).
SELECT company_kvk, participants, participants >= $1 AND size_rank <= $2 AS shown,
       CASE WHEN participants >= $1 AND size_rank <= $2 THEN company_name END AS company_name
FROM rpt_company_participants
ORDER BY company_kvk
