-- Coordinated plans (samordnade planer). Life areas, actions, placements, milestones and agreed versions arrive
-- later, each in tables of their own that point here.
CREATE TABLE plan (
    id                           uuid PRIMARY KEY,
    person_id                    varchar(12)  NOT NULL,
    person_ref                   varchar(64)  NOT NULL,
    kind                         varchar(20)  NOT NULL,
    status                       varchar(10)  NOT NULL,
    lead_org_id                  varchar(100) NOT NULL,
    lead_name                    varchar(200) NOT NULL,
    lvm_started_on               date,
    institution                  varchar(200),
    expected_discharge_on        date,
    horizon_months               integer      NOT NULL,
    representative_role          varchar(32),
    representative_name          varchar(200),
    individual_goal              text         NOT NULL,
    needs                        text         NOT NULL,
    consent_id                   uuid,
    created_by_org               varchar(100) NOT NULL,
    created_by_sub               varchar(200) NOT NULL,
    created_at                   timestamptz  NOT NULL,
    closed_at                    timestamptz,
    closure_reason               varchar(20),
    closure_note                 text,
    closed_by_org                varchar(100),
    version                      integer      NOT NULL
);
CREATE INDEX plan_person_ref_idx ON plan (person_ref, created_at DESC);

CREATE TABLE plan_party (
    plan_id   uuid         NOT NULL REFERENCES plan (id),
    position  integer      NOT NULL,
    org_id    varchar(100) NOT NULL,
    org_type  varchar(16)  NOT NULL,
    name      varchar(200) NOT NULL,
    contact   varchar(200),
    PRIMARY KEY (plan_id, position)
);
CREATE INDEX plan_party_org_idx ON plan_party (org_id);
