-- The last day of the adjusters' answer to each revision of the minutes (the platform's AdjustersDeadline: a week
-- after the submission's day in Europe/Stockholm, the last day counting), set at submission. Revisions submitted
-- before get it here by the same rule.
ALTER TABLE minutes ADD COLUMN answer_by date;
UPDATE minutes SET answer_by = (submitted_at AT TIME ZONE 'Europe/Stockholm')::date + 7;
ALTER TABLE minutes ALTER COLUMN answer_by SET NOT NULL;

-- When the adjusters who had not answered were reminded (se.sip.meeting.minutes-answer-due.v1): once per revision.
ALTER TABLE minutes ADD COLUMN answer_due_sent_at timestamptz;

-- What the reminder looks for: submitted revisions not yet reminded, by their last day.
CREATE INDEX minutes_answer_due_idx ON minutes (answer_by) WHERE status = 'SUBMITTED' AND answer_due_sent_at IS NULL;
