-- Actions (åtgärder) of a plan, in the order added; action_id is what PATCH and deviations name.
CREATE TABLE plan_action (
    plan_id             uuid         NOT NULL REFERENCES plan (id),
    position            integer      NOT NULL,
    action_id           uuid         NOT NULL,
    life_area           varchar(20)  NOT NULL,
    intervention        varchar(32)  NOT NULL,
    intervention_text   varchar(500),
    description         text         NOT NULL,
    responsible_org_id  varchar(100) NOT NULL,
    goal_id             uuid,
    start_on            date,
    due_on              date         NOT NULL,
    status              varchar(10)  NOT NULL,
    achieved            boolean,
    PRIMARY KEY (plan_id, position)
);
