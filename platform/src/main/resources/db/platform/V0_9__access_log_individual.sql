-- The person themselves reads their own data (role individual): such a row names the reader by personRef in
-- actor_sub, never by the number, and has no organisation. Every row now also records the roles the caller acted in,
-- which the person's extract shows beside the organisation.
ALTER TABLE access_log ALTER COLUMN actor_org DROP NOT NULL;
ALTER TABLE access_log ALTER COLUMN actor_org_type DROP NOT NULL;
ALTER TABLE access_log ADD COLUMN actor_roles varchar(200);
