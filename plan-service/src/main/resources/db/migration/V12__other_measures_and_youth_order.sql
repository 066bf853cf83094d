-- Measures others than the two principals take, and what the person does themselves (the legal minimum's third
-- point), in the order given.
CREATE TABLE plan_other_measure (
    plan_id             uuid         NOT NULL REFERENCES plan (id),
    position            integer      NOT NULL,
    description         text         NOT NULL,
    responsible_org_id  varchar(100) NOT NULL,
    responsible_name    varchar(200),
    PRIMARY KEY (plan_id, position)
);

-- A youth assignment's order (beställning) to the resource unit, with the time-limited intervention decided.
ALTER TABLE plan
    ADD COLUMN order_resource_unit_org_id  varchar(100),
    ADD COLUMN order_ordered_on            date,
    ADD COLUMN order_intervention_from     date,
    ADD COLUMN order_intervention_to       date;
