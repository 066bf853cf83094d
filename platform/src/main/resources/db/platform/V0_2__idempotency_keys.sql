-- Idempotency-Key records (API.md "Writes from integrations"), one per caller and key. While its request runs a row
-- is a claim (response_status is null); afterwards it holds the first response, which is replayed. A row whose
-- expires_at has passed counts as absent: an abandoned claim after the claim timeout, a stored response after the
-- retention (24 h by default). The scheduled cleanup deletes such rows.
CREATE TABLE idempotency_key (
    caller_org            text         NOT NULL,
    caller_sub            text         NOT NULL,
    key_value             varchar(255) NOT NULL,
    -- SHA-256 (hex) of the method, the path with its query, and the exact body bytes
    fingerprint           char(64)     NOT NULL,
    -- The request that holds or held the claim; only it may complete or release the row.
    claim_id              uuid         NOT NULL,
    expires_at            timestamptz  NOT NULL,
    response_status       smallint,
    response_content_type varchar(255),
    response_location     text,
    response_etag         text,
    response_body         bytea,
    PRIMARY KEY (caller_org, caller_sub, key_value)
);
CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at);
