-- The individual's own schedule shows where each meeting is and which organisations come, and only the meetings the
-- individual is invited to: meeting events now say so (nothing personal: a place, a link, organisation ids).
-- individual_invited is null for meetings told before the events carried invitee kinds.
ALTER TABLE plan_meeting ADD COLUMN location varchar(500);
ALTER TABLE plan_meeting ADD COLUMN video_link varchar(2000);
ALTER TABLE plan_meeting ADD COLUMN individual_invited boolean;

CREATE TABLE plan_meeting_org (
    meeting_id uuid         NOT NULL REFERENCES plan_meeting (meeting_id) ON DELETE CASCADE,
    org_id     varchar(100) NOT NULL,
    PRIMARY KEY (meeting_id, org_id)
);
