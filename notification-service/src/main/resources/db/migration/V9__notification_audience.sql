-- Whom in the organisation a notification is meant for: ALL (whoever works the inbox; every notification written
-- before this) or MANAGERS (its managers, arbetsledare: a resource unit declining a youth order, seed 004). A marking,
-- not an access rule; GET /api/v1/notifications?audience= filters by it.
ALTER TABLE notification ADD COLUMN audience varchar(20) NOT NULL DEFAULT 'ALL';
-- The managers' notifications are few: listing them reads only their own rows.
CREATE INDEX notification_inbox_managers ON notification (org_id, created_at DESC, id) WHERE audience = 'MANAGERS';
