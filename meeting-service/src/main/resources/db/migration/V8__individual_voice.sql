-- The individual's voice (seeds 000, 001). In their own words, so kept here only and read at read time: never on an
-- event.

-- Their wishes before a meeting: whom they want invited, what they want taken up, how they prefer to meet. One row
-- per meeting, replaced when recorded again.
CREATE TABLE meeting_wishes (
    meeting_id        uuid          PRIMARY KEY REFERENCES meeting (id),
    preferred_format  varchar(10),
    recorded_by       varchar(200)  NOT NULL,
    recorded_by_org   varchar(100)  NOT NULL,
    recorded_at       timestamptz   NOT NULL
);

CREATE TABLE meeting_wish_invitee (
    meeting_id  uuid          NOT NULL REFERENCES meeting_wishes (meeting_id),
    position    integer       NOT NULL,
    wish        varchar(200)  NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_wish_topic (
    meeting_id  uuid          NOT NULL REFERENCES meeting_wishes (meeting_id),
    position    integer       NOT NULL,
    topic       varchar(500)  NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- Why the individual did not attend, as the minutes say (Om den enskilde inte deltar – varför).
ALTER TABLE minutes ADD COLUMN absence_reason varchar(1000);
