-- The plan projection is the platform's, shared with meeting-service: it also keeps each plan's kind and its
-- parties' organisation types where the events name them.
ALTER TABLE plan_projection ADD COLUMN kind varchar(20);
ALTER TABLE plan_projection_party ADD COLUMN org_type varchar(16);
