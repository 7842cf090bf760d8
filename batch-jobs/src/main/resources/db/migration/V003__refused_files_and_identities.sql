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

-- The e-mail address behind each pseudonym, encrypted (AES-GCM, key derived from the
-- pseudonym key, which never enters this file). Needed to match badges whose recipient is a
-- salted hash of the address; without the key it reveals nothing.
CREATE TABLE IF NOT EXISTS participant_identity (
    participant_key VARCHAR NOT NULL,
    email_cipher    VARCHAR NOT NULL
);
