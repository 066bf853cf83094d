-- A youth assignment's implementation plans (genomförandeplaner, seed 004), in the order registered: the performer (a
-- party), the day the copy was received and where the document is kept; a revised plan is registered again.
CREATE TABLE plan_implementation_plan (
    plan_id           uuid         NOT NULL REFERENCES plan (id),
    position          integer      NOT NULL,
    performer_org_id  varchar(100) NOT NULL,
    received_on       date         NOT NULL,
    document_ref      varchar(500) NOT NULL,
    recorded_by_org   varchar(100) NOT NULL,
    recorded_at       timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, position)
);
