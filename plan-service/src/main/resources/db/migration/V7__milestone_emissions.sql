-- What the milestone scheduler has told: one row per milestone and event type, written in the transaction that puts
-- the event into the outbox. The key makes each event once only, however many replicas scan at the same time.
CREATE TABLE milestone_emission (
    plan_id       uuid         NOT NULL,
    milestone_id  varchar(120) NOT NULL,
    event_type    varchar(60)  NOT NULL,
    emitted_at    timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, milestone_id, event_type)
);
