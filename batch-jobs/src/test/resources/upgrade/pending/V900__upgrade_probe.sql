-- Test only: a migration of a "later release", pending on every warehouse.
CREATE TABLE upgrade_probe (note VARCHAR NOT NULL);
INSERT INTO upgrade_probe VALUES ('applied once');
