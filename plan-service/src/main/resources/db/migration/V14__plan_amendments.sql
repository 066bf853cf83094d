-- A plan changes after it starts (plan amendments): the professionals' goal beside the individual's own, and the
-- earlier and current interventions and how they work.
ALTER TABLE plan ADD COLUMN professional_goal text;
ALTER TABLE plan ADD COLUMN current_interventions text;

-- The organisations whose adjusters must still answer a meeting's submitted minutes, as the minutes events name them:
-- such a party cannot leave the plan until the minutes are approved.
CREATE TABLE plan_meeting_adjuster (
    meeting_id uuid         NOT NULL REFERENCES plan_meeting (meeting_id) ON DELETE CASCADE,
    org_id     varchar(100) NOT NULL,
    PRIMARY KEY (meeting_id, org_id)
);

-- A party's contact person is replaceable: name, phone and e-mail together.
ALTER TABLE plan_party ALTER COLUMN contact TYPE varchar(500);
