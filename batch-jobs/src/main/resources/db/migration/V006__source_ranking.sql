-- How assessments of one day rank by who made them (higher wins), from the catalogue's
-- rules.assessment_source_ranking; empty means DOMAIN's default: assessor > coach > self.
CREATE TABLE IF NOT EXISTS source_rank (source VARCHAR NOT NULL, rank INTEGER NOT NULL);
