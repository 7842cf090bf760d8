-- Files refused as a whole (too many rejects, a required column missing, not readable):
-- nothing of them was loaded, so they are not in ingested_file and a fixed version loads later.
CREATE TABLE IF NOT EXISTS refused_file (
    sha256           VARCHAR NOT NULL,
    file_name        VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,
    reason           VARCHAR NOT NULL,
    refused_at       TIMESTAMP NOT NULL,
    job_execution_id BIGINT
);

-- The e-mail addresses behind the pseudonyms, one encrypted batch per loaded file (AES-GCM,
-- key derived from the pseudonym key, which never enters this file). Needed to match badges
-- whose recipient is a salted hash of the address; without the key they reveal nothing.
-- A batch, not a row per person: one cipher operation per file instead of one per participant.
CREATE TABLE IF NOT EXISTS participant_identity_batch (
    created_at TIMESTAMP NOT NULL,
    identities BLOB NOT NULL
);
