-- The consent each plan rests on, as its plan events name it (created; consent-replaced while ACTIVE), so that a
-- meeting's read can show that consent's terms, read from consent-service at read time. Only the id: the terms
-- (restrictions are names and free text) never ride the bus. Null for plans projected before events named it.
ALTER TABLE plan_projection ADD COLUMN consent_id uuid;
