-- The organisation type of each plan party (MUNICIPALITY, REGION, SIS, …) as the plan events name it, so that the
-- LVM rule can see whether SiS is still a party after a discharge. Null for parties projected before events carried
-- types.
ALTER TABLE plan_projection_party ADD COLUMN org_type varchar(16);
