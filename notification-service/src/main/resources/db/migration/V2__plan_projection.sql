-- The plans notification-service knows of, from sip.plan.v1: whom to tell about a plan (its lead and parties) without
-- asking plan-service. By personRef only: a consent withdrawal reaches the parties of every plan of the person.
CREATE TABLE plan_projection (
    plan_id      uuid         PRIMARY KEY,
    person_ref   varchar(64)  NOT NULL,
    status       varchar(20),
    lead_org_id  varchar(100)
);
CREATE INDEX plan_projection_person ON plan_projection (person_ref);

CREATE TABLE plan_projection_party (
    plan_id  uuid         NOT NULL REFERENCES plan_projection (plan_id),
    org_id   varchar(100) NOT NULL,
    PRIMARY KEY (plan_id, org_id)
);
