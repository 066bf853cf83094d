-- The placement history of an LVM-aftercare plan, in the order recorded (which is also effective-date order).
CREATE TABLE plan_placement_change (
    plan_id          uuid         NOT NULL REFERENCES plan (id),
    position         integer      NOT NULL,
    type             varchar(24)  NOT NULL,
    effective_on     date         NOT NULL,
    note             text,
    recorded_by_org  varchar(100) NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, position)
);
