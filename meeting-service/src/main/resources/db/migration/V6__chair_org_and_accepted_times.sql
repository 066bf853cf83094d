-- The chair's organisation, a party of the plan, which an invitee's proposed new time reaches (answered events name
-- it). Meetings booked before named none and keep none: who chaired them is known by name only.
ALTER TABLE meeting ADD COLUMN chair_org varchar(100);

-- Each answer gets an id, so that a move can accept a PROPOSED_NEW_TIME (rescheduling with acceptsResponseId), and
-- records when it was accepted. Answers given before get an id now.
ALTER TABLE meeting_response ADD COLUMN id uuid;
UPDATE meeting_response SET id = gen_random_uuid();
ALTER TABLE meeting_response ALTER COLUMN id SET NOT NULL;
ALTER TABLE meeting_response ADD COLUMN accepted_at timestamptz;
