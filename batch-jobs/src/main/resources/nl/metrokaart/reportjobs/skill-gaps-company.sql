-- The skill gaps per company and skill (rpt_skill_gap_company) at the end of month $1, of the
-- companies shown: at least $2 (k) participants (with fewer, every figure about their people would
-- be hidden) and among the $3 with the most (rpt_company_participants.size_rank; a sheet of tens of
-- thousands of companies serves no reader, the warehouse holds them all).
SELECT skill_code, company_kvk, rated, unrated, mean_gap, at_target_share
FROM rpt_skill_gap_company
WHERE month = $1
  AND company_kvk IN (SELECT company_kvk FROM rpt_company_participants WHERE participants >= $2 AND size_rank <= $3)
ORDER BY company_kvk, skill_code
