-- Transactional outbox: events are written in the same transaction as the change they report, and a relay
-- publishes them to Kafka in seq order, marking each row sent (never a high-water mark, so a late commit is not
-- skipped). Insert-only but for sent_at.
CREATE TABLE outbox_event (
    seq         bigserial    PRIMARY KEY,
    event_id    uuid         NOT NULL UNIQUE,
    topic       varchar(100) NOT NULL,
    event_key   varchar(100) NOT NULL,
    type        varchar(100) NOT NULL,
    payload     text         NOT NULL,
    created_at  timestamptz  NOT NULL,
    sent_at     timestamptz
);
CREATE INDEX outbox_event_unsent_idx ON outbox_event (seq) WHERE sent_at IS NULL;
