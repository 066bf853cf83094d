-- Invitation e-mails to send: one row per meeting event, sent later by the mail sender, which fetches the invitees'
-- addresses and the .ics from meeting-service at send time (events never carry contact details).
CREATE TABLE invitation_mail (
    id               uuid          PRIMARY KEY,
    event_id         varchar(100)  NOT NULL UNIQUE,
    meeting_id       uuid          NOT NULL,
    event_type       varchar(100)  NOT NULL,
    status           varchar(20)   NOT NULL,
    attempt_count    integer       NOT NULL,
    next_attempt_at  timestamptz,
    last_error       varchar(300),
    created_at       timestamptz   NOT NULL,
    sent_at          timestamptz
);
CREATE INDEX invitation_mail_due ON invitation_mail (next_attempt_at) WHERE status = 'PENDING';
