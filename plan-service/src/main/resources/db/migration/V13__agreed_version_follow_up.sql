-- The next follow-up the approved minutes booked (nästa uppföljning), as minutes-approved reports it; null when
-- the minutes named none.
ALTER TABLE plan_agreed_version ADD COLUMN next_follow_up_on date;
