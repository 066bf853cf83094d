-- Whose claim holds a row of the two outboxes now: a random id a worker sets when it claims the row, renews the lease
-- (next_attempt_at) under while it sends, and must still find there before it sends and when it records the outcome.
-- A worker whose lease ran out (it stalled, or lost the database) finds another claim's id and sends nothing, so a
-- slow send is never made twice by a second worker; a crashed worker's row is claimed again once its lease runs out.
ALTER TABLE webhook_delivery ADD COLUMN lease_token uuid;
ALTER TABLE invitation_mail ADD COLUMN lease_token uuid;
-- The deliveries in flight per subscription (a lease held), which the claim counts against the per-subscription limit.
CREATE INDEX webhook_delivery_leased ON webhook_delivery (subscription_id) WHERE lease_token IS NOT NULL;
-- A subscription's due deliveries, oldest first: the claim takes a few of each subscription at a time.
CREATE INDEX webhook_delivery_due_per_subscription ON webhook_delivery (subscription_id, next_attempt_at)
    WHERE status = 'PENDING';
