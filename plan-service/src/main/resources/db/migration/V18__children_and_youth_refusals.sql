-- A plan for a child records the child's own view (who wrote it down, and when) and who speaks for the child when the
-- child is absent (docs/domain.md, "Children and young people").
ALTER TABLE plan
    ADD COLUMN child_view_text          text,
    ADD COLUMN child_view_by            varchar(200),
    ADD COLUMN child_view_on            date,
    ADD COLUMN child_spokesperson_name  varchar(200),
    ADD COLUMN child_spokesperson_role  varchar(200);

-- Seed 004's early ending: a youth of 15 or more refuses, or a guardian withdraws or does not cooperate, in the order
-- recorded.
CREATE TABLE plan_youth_refusal (
    plan_id          uuid         NOT NULL REFERENCES plan (id),
    position         integer      NOT NULL,
    refused_on       date         NOT NULL,
    refused_by       varchar(20)  NOT NULL,
    note             text         NOT NULL,
    recorded_by_org  varchar(100) NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- The social worker's decision after a guardian's refusal: whether the intervention goes on without the parents'
-- consent (only for a youth of 15 or more, seed 004).
CREATE TABLE plan_continuation_decision (
    plan_id          uuid         NOT NULL REFERENCES plan (id),
    position         integer      NOT NULL,
    decided_on       date         NOT NULL,
    decided_by       varchar(200) NOT NULL,
    continues        boolean      NOT NULL,
    reasons          text         NOT NULL,
    recorded_by_org  varchar(100) NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, position)
);
