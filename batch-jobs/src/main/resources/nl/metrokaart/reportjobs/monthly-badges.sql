-- Badges per nanomodule (rpt_module_badges) of month $1.
SELECT module_code, title, issued_in_month, issued_year_to_date, issued, accepted, revoked, participants_present,
       badge_holders, badge_rate, issued_with_acceptance, acceptance_rate
FROM rpt_module_badges
WHERE month = $1
ORDER BY module_code
