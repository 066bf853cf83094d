-- What the first request wrote, as its access log row named it, so that a replay of its response (a read of the same
-- data) is logged too. Empty when the request touched no person's data.
ALTER TABLE idempotency_key
    ADD COLUMN accessed_resource_type varchar(50),
    ADD COLUMN accessed_resource_id   varchar(100),
    ADD COLUMN accessed_person_ref    varchar(64);
