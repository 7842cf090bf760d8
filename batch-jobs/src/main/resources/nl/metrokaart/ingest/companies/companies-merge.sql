-- A newer delivery of a company (same kvk) replaces the older one.
DELETE FROM company WHERE company_kvk IN (SELECT kvk FROM company_checked WHERE reject_reason IS NULL);

INSERT INTO company
SELECT kvk, name, sbi, sector, employee_count, region, '{{sha256}}', line
FROM company_checked
WHERE reject_reason IS NULL;
