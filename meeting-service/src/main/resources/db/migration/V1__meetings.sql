-- meeting-service's local view of plans, built from sip.plan.v1, so that booking and reading meetings never depend
-- on plan-service being up. Only what the plan events carry: no names and no personal identity numbers.
CREATE TABLE plan_projection (
    plan_id      uuid         PRIMARY KEY,
    person_ref   varchar(64)  NOT NULL,
    kind         varchar(20)  NOT NULL,
    status       varchar(10)  NOT NULL,
    lead_org_id  varchar(100) NOT NULL
);
CREATE INDEX plan_projection_person_idx ON plan_projection (person_ref);

CREATE TABLE plan_projection_party (
    plan_id  uuid         NOT NULL REFERENCES plan_projection (plan_id),
    org_id   varchar(100) NOT NULL,
    PRIMARY KEY (plan_id, org_id)
);

-- Meetings about a person's plan (SIP-möte, samverkansmöte, …). The personal identity number is kept only to be
-- returned to organisations that may see the meeting; events and logs carry the personRef.
CREATE TABLE meeting (
    id                uuid         PRIMARY KEY,
    plan_id           uuid         NOT NULL,
    person_id         varchar(12)  NOT NULL,
    person_ref        varchar(64)  NOT NULL,
    type              varchar(16)  NOT NULL,
    status            varchar(10)  NOT NULL,
    starts_at         timestamptz  NOT NULL,
    duration_minutes  integer      NOT NULL,
    format            varchar(10)  NOT NULL,
    location          varchar(300),
    video_link        varchar(500),
    chair             varchar(200) NOT NULL,
    note_taker        varchar(200) NOT NULL,
    organiser_org     varchar(100) NOT NULL,
    organiser_sub     varchar(200) NOT NULL,
    consent_id        uuid,
    sequence          integer      NOT NULL,
    cancelled_at      timestamptz,
    cancel_reason     varchar(1000),
    created_at        timestamptz  NOT NULL,
    version           integer      NOT NULL
);
CREATE INDEX meeting_person_ref_idx ON meeting (person_ref, starts_at);
CREATE INDEX meeting_plan_idx ON meeting (plan_id, starts_at);

-- Who is called: a kallelse (notice to attend) to a municipality or region party, an inbjudan to everyone else.
CREATE TABLE meeting_invitee (
    meeting_id   uuid         NOT NULL REFERENCES meeting (id),
    position     integer      NOT NULL,
    id           uuid         NOT NULL,
    kind         varchar(10)  NOT NULL,
    org_id       varchar(100),
    org_type     varchar(16),
    name         varchar(200) NOT NULL,
    email        varchar(320),
    phone        varchar(40),
    notice_kind  varchar(10)  NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- The two who adjust (justerar) the minutes, one from each principal.
CREATE TABLE meeting_adjuster (
    meeting_id  uuid         NOT NULL REFERENCES meeting (id),
    position    integer      NOT NULL,
    id          uuid         NOT NULL,
    name        varchar(200) NOT NULL,
    org_id      varchar(100) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- The invitees' answers, in the order given; a decline by an invitee with a kallelse is marked, since it was obliged
-- to attend and the organiser must follow it up.
CREATE TABLE meeting_response (
    meeting_id          uuid         NOT NULL REFERENCES meeting (id),
    position            integer      NOT NULL,
    invitee_id          uuid         NOT NULL,
    answer              varchar(20)  NOT NULL,
    proposed_starts_at  timestamptz,
    obliged_to_attend   boolean      NOT NULL,
    answered_at         timestamptz  NOT NULL,
    answered_by_org     varchar(100) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);
