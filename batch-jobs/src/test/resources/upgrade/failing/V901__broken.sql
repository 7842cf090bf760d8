-- Test only: the second one fails, so the first must be rolled back with it.
ALTER TABLE enrolment ADD COLUMN upgrade_probe_note VARCHAR;
INSERT INTO no_such_table VALUES (1);
