-- A delivery of an event that names a person is logged in the access log as the subscribing organisation's read of
-- that person's data: the delivery keeps the event's personRef, the subscription its organisation's kind. Subscriptions
-- made before this did not keep the kind; their deliveries are logged as OTHER.
ALTER TABLE webhook_subscription ADD COLUMN org_type varchar(16);
ALTER TABLE webhook_delivery ADD COLUMN person_ref varchar(64);
