-- Operating the warehouse for years: its backups, and the AVG (GDPR) erasure requests it honoured.

-- One row per backup written by `metrokaart backup` (the backup holds its own row): doctor
-- reports the age of the latest, restore compares the key fingerprint with the key in place.
-- key_fingerprint is a keyed hash of the pseudonym key (see KeyFingerprint), never the key.
CREATE TABLE IF NOT EXISTS backup_log (
    backed_up_at    TIMESTAMP NOT NULL,
    file            VARCHAR   NOT NULL,
    key_fingerprint VARCHAR                -- NULL: no key existed yet when the backup was made
);

-- Pseudonyms of participants erased on request, kept so that a re-delivery of an old export
-- does not bring them back: their rows are rejected at ingest. Only the keyed hash is kept,
-- never the address; without the key it names no one.
CREATE TABLE IF NOT EXISTS erased_participant (
    participant_key VARCHAR PRIMARY KEY,
    erased_on       DATE NOT NULL
);

-- That an erasure happened, for the controller's accountability: when and how much. No address,
-- no pseudonym.
CREATE TABLE IF NOT EXISTS erasure (
    erased_at          TIMESTAMP NOT NULL,
    rows_erased        BIGINT    NOT NULL,   -- rows deleted from tables holding the participant's pseudonym
    batches_resealed   INTEGER   NOT NULL,   -- sealed address batches re-sealed without the address
    mentions_redacted  BIGINT    NOT NULL    -- text cells (rejects, job history) that named the address
);
