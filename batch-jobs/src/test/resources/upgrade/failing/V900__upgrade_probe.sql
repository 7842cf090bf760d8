-- Test only: the first of two migrations of a "later release"; it succeeds.
CREATE TABLE upgrade_probe (note VARCHAR NOT NULL);
INSERT INTO upgrade_probe VALUES ('applied once');
