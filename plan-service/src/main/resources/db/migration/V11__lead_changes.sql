-- Each change of a plan's lead (byte av huvudansvarig), in the order made.
CREATE TABLE plan_lead_change (
    plan_id         uuid         NOT NULL REFERENCES plan (id),
    position        integer      NOT NULL,
    from_org_id     varchar(100) NOT NULL,
    from_name       varchar(200) NOT NULL,
    to_org_id       varchar(100) NOT NULL,
    to_name         varchar(200) NOT NULL,
    changed_by_org  varchar(100) NOT NULL,
    changed_by_sub  varchar(200) NOT NULL,
    changed_at      timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, position)
);
