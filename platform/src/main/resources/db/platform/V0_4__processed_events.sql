-- Idempotent consumers: the events each consumer has handled, inserted in the transaction of the effect, so a
-- redelivered event finds its row and changes nothing.
CREATE TABLE processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      varchar(100) NOT NULL,
    processed_at  timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
