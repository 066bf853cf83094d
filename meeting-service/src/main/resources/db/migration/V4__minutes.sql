-- The note-taker's organisation: only it submits the minutes. Meetings booked before named none, and the organiser's
-- organisation is the one that named the note-taker.
ALTER TABLE meeting ADD COLUMN note_taker_org varchar(100);
UPDATE meeting SET note_taker_org = organiser_org;
ALTER TABLE meeting ALTER COLUMN note_taker_org SET NOT NULL;

-- The last change of the meeting or its minutes: set by every change, so that each raises the meeting's version (ETag).
ALTER TABLE meeting ADD COLUMN changed_at timestamptz;

-- The minutes (arbetsanteckningar) of a meeting, one row per submitted revision: a revision sent back for correction
-- stays as it was (DRAFT, with the adjusters' comments) and the corrected minutes are the next revision.
CREATE TABLE minutes (
    id                uuid          PRIMARY KEY,
    meeting_id        uuid          NOT NULL REFERENCES meeting (id),
    revision          integer       NOT NULL,
    status            varchar(10)   NOT NULL,
    text              text          NOT NULL,
    next_follow_up    date,
    submitted_at      timestamptz   NOT NULL,
    submitted_by_org  varchar(100)  NOT NULL,
    approved_at       timestamptz,
    UNIQUE (meeting_id, revision)
);

CREATE TABLE minutes_decision (
    minutes_id  uuid           NOT NULL REFERENCES minutes (id),
    position    integer        NOT NULL,
    decision    varchar(2000)  NOT NULL,
    PRIMARY KEY (minutes_id, position)
);

CREATE TABLE minutes_attendee (
    minutes_id  uuid     NOT NULL REFERENCES minutes (id),
    position    integer  NOT NULL,
    invitee_id  uuid     NOT NULL,
    PRIMARY KEY (minutes_id, position)
);

-- Each adjuster's answer to one revision: approved, or a comment that sends the minutes back.
CREATE TABLE minutes_approval (
    minutes_id       uuid           NOT NULL REFERENCES minutes (id),
    position         integer        NOT NULL,
    adjuster_id      uuid           NOT NULL,
    approved         boolean        NOT NULL,
    comment          varchar(2000),
    answered_at      timestamptz    NOT NULL,
    answered_by_org  varchar(100)   NOT NULL,
    PRIMARY KEY (minutes_id, position)
);
