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
