-- stg_company: each company with its size class (micro < 10, klein 10-49, middel 50-249,
-- groot >= 250 employees; onbekend without a count), whether it is mkb (< 250), and its
-- sector: the sector column, else the SBI section letter from the first two digits of sbi.
-- grain: one row per company of the companies file
-- key: company_kvk
-- columns:
--   company_kvk   the kvk number (8 digits, text)
--   name          the company's name
--   sbi           its SBI code
--   region        its region
--   employees     its number of employees
--   size_class    micro, klein, middel, groot or onbekend
--   is_mkb        fewer than 250 employees
--   sector        the sector column, else the SBI section letter
CREATE OR REPLACE VIEW stg_company AS
WITH sbi AS (
    SELECT c.*, try_cast(left(regexp_replace(c.sbi, '[^0-9]', '', 'g'), 2) AS INTEGER) AS division
    FROM company c
)
SELECT company_kvk, name, sbi, region, employees,
       CASE WHEN employees IS NULL THEN 'onbekend'
            WHEN employees < 10 THEN 'micro'
            WHEN employees < 50 THEN 'klein'
            WHEN employees < 250 THEN 'middel'
            ELSE 'groot' END                                   AS size_class,
       employees < 250                                         AS is_mkb,
       coalesce(sector,
           CASE WHEN division BETWEEN 1 AND 3 THEN 'A' WHEN division BETWEEN 5 AND 9 THEN 'B'
                WHEN division BETWEEN 10 AND 33 THEN 'C' WHEN division = 35 THEN 'D'
                WHEN division BETWEEN 36 AND 39 THEN 'E' WHEN division BETWEEN 41 AND 43 THEN 'F'
                WHEN division BETWEEN 45 AND 47 THEN 'G' WHEN division BETWEEN 49 AND 53 THEN 'H'
                WHEN division BETWEEN 55 AND 56 THEN 'I' WHEN division BETWEEN 58 AND 63 THEN 'J'
                WHEN division BETWEEN 64 AND 66 THEN 'K' WHEN division = 68 THEN 'L'
                WHEN division BETWEEN 69 AND 75 THEN 'M' WHEN division BETWEEN 77 AND 82 THEN 'N'
                WHEN division = 84 THEN 'O' WHEN division = 85 THEN 'P'
                WHEN division BETWEEN 86 AND 88 THEN 'Q' WHEN division BETWEEN 90 AND 93 THEN 'R'
                WHEN division BETWEEN 94 AND 96 THEN 'S' WHEN division BETWEEN 97 AND 98 THEN 'T'
                WHEN division = 99 THEN 'U' END)               AS sector
FROM sbi;
