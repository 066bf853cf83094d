-- When a meeting took place, and which invitees attended (by invitee id; their names stay on the invitee rows).
ALTER TABLE meeting ADD COLUMN held_at timestamptz;

CREATE TABLE meeting_attendee (
    meeting_id  uuid     NOT NULL REFERENCES meeting (id),
    position    integer  NOT NULL,
    invitee_id  uuid     NOT NULL,
    PRIMARY KEY (meeting_id, position)
);
