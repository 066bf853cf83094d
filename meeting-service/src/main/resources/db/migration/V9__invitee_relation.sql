-- How a RELATIVE invitee is related to the individual (seed 004): free text, GUARDIAN (vårdnadshavare, in any case)
-- marking a guardian, whom a meeting of a youth assignment for a child under 18 invites. Null for every other kind of
-- invitee and for relatives invited before it was recorded. Kept here only: never on an event.
ALTER TABLE meeting_invitee ADD COLUMN relation varchar(100);
