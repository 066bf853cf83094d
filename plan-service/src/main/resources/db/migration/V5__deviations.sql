-- Deviations (avvikelser) from a plan, in the order reported.
CREATE TABLE plan_deviation (
    plan_id          uuid         NOT NULL REFERENCES plan (id),
    position         integer      NOT NULL,
    deviation_id     uuid         NOT NULL,
    description      text         NOT NULL,
    reported_by_org  varchar(100) NOT NULL,
    action_id        uuid,
    reported_at      timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, position)
);
