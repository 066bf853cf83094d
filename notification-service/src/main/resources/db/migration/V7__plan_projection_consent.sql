-- The consent each plan rests on, from the plan's created and closed events and moved by consent-replaced: an expiring
-- consent reaches the leads of the open plans that rest on it, and no one else. A consent withdrawal no longer reaches
-- every plan of the person (plan-service says with its own events what the end of a consent does to a plan).
-- Null for plans known from before the events named it.
ALTER TABLE plan_projection ADD COLUMN consent_id uuid;
CREATE INDEX plan_projection_consent ON plan_projection (consent_id) WHERE status = 'ACTIVE';
