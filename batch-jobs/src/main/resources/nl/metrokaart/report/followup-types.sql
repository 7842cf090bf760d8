-- The follow-up types: the catalogue's, and any other a conversion names.
SELECT followup_type FROM followup_type
UNION
SELECT DISTINCT followup_type FROM followup WHERE followup_type IS NOT NULL
ORDER BY followup_type
