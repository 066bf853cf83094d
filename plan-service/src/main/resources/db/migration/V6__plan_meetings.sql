-- The meetings of each plan as meeting-service's events tell them (a projection; meeting-service owns meetings).
-- Columns a first event cannot know stay null: a held event may arrive before the booking it follows.
CREATE TABLE plan_meeting (
    meeting_id             uuid PRIMARY KEY,
    plan_id                uuid         NOT NULL,
    type                   varchar(20),
    status                 varchar(10)  NOT NULL,
    starts_at              timestamptz,
    duration_minutes       integer,
    format                 varchar(10),
    sequence               integer,
    booked_at              timestamptz,
    held_at                timestamptz,
    next_follow_up_on      date,
    minutes_revision       integer,
    minutes_submitted_at   timestamptz,
    minutes_approved_at    timestamptz
);
CREATE INDEX plan_meeting_plan_idx ON plan_meeting (plan_id);
