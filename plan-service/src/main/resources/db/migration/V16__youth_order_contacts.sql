-- A youth assignment's contacts with the resource unit about its order (seed 004), in the order recorded: the day,
-- who made the contact, whether the unit will execute the order and, if it will not, its written reasons.
CREATE TABLE plan_youth_order_contact (
    plan_id          uuid         NOT NULL REFERENCES plan (id),
    position         integer      NOT NULL,
    contacted_on     date         NOT NULL,
    contacted_by     varchar(200) NOT NULL,
    outcome          varchar(20)  NOT NULL,
    reasons          text,
    recorded_by_org  varchar(100) NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, position)
);
