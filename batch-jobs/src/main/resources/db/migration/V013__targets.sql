-- The optional targets block of metrokaart.yaml (issue #17): per key figure of the summary a
-- value to reach over [period_from, period_to]. Replaced with the rest of the catalogue; empty
-- when the catalogue sets no targets. measure and direction are fixed per kpi by the build
-- (TargetKpi): 'count' is expected pro rata, 'share' and 'value' are compared as they are;
-- direction 'lower' marks a ceiling (runs under their minimum, the mean skill gap).
CREATE TABLE IF NOT EXISTS target (
    kpi           VARCHAR NOT NULL,
    period_from   DATE    NOT NULL,
    period_to     DATE    NOT NULL,
    target_value  DOUBLE  NOT NULL,
    measure       VARCHAR NOT NULL,   -- count | share | value
    direction     VARCHAR NOT NULL,   -- higher | lower
    position      INTEGER NOT NULL    -- order in the catalogue
);
