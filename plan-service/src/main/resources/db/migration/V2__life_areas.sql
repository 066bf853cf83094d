-- The person's current situation per life area; an area not yet described has no row.
CREATE TABLE plan_life_area (
    plan_id            uuid        NOT NULL REFERENCES plan (id),
    life_area          varchar(20) NOT NULL,
    current_situation  text,
    PRIMARY KEY (plan_id, life_area)
);

-- Goals of all life areas of a plan, in the order given; goal_id is what actions point to.
CREATE TABLE plan_goal (
    plan_id      uuid        NOT NULL REFERENCES plan (id),
    position     integer     NOT NULL,
    goal_id      uuid        NOT NULL,
    life_area    varchar(20) NOT NULL,
    text         text        NOT NULL,
    target_date  date,
    PRIMARY KEY (plan_id, position)
);
