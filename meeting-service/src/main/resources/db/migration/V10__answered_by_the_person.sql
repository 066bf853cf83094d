-- The person themselves (role individual) answers their own invitation. They have no organisation, and their number
-- is never stored: such an answer has no answered_by_org and answered_by_person set. Every other answer names the
-- organisation that gave it, as before.
ALTER TABLE meeting_response ALTER COLUMN answered_by_org DROP NOT NULL;
ALTER TABLE meeting_response ADD COLUMN answered_by_person boolean NOT NULL DEFAULT false;
ALTER TABLE meeting_response ADD CONSTRAINT meeting_response_answered_by
    CHECK (answered_by_person = (answered_by_org IS NULL));
