-- An event the broker refuses for good (larger than it accepts, or invalid) is held instead of retried forever: the
-- relay goes on with every other person's events and holds back only the later events of the held one's person
-- (their order is the promise) until an operator releases or removes it (docs/reliability.md).
ALTER TABLE outbox_event ADD COLUMN held_at timestamptz;
ALTER TABLE outbox_event ADD COLUMN held_reason varchar(500);
CREATE INDEX outbox_event_held_idx ON outbox_event (event_key) WHERE held_at IS NOT NULL;
