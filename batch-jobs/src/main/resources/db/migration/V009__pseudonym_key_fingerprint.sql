-- The fingerprint of the pseudonym key the warehouse's pseudonyms were made with: HMAC-SHA256
-- of a fixed text under the key (hex), never the key itself, which stays outside this file.
-- One row, written by the first ingest (or, for a warehouse made before this table, by the first
-- ingest that finds the key file in place). A later ingest with no key or another key is refused:
-- a new key would give every participant a new pseudonym.
CREATE TABLE IF NOT EXISTS pseudonym_key (
    fingerprint VARCHAR   NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
