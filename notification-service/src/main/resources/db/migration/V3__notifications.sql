-- The inbox: one notification per event and organisation told, read newest first.
CREATE TABLE notification (
    id          uuid         PRIMARY KEY,
    org_id      varchar(100) NOT NULL,
    event_id    varchar(100) NOT NULL,
    event_type  varchar(100) NOT NULL,
    link        varchar(300) NOT NULL,
    text_sv     varchar(500) NOT NULL,
    text_en     varchar(500) NOT NULL,
    created_at  timestamptz  NOT NULL,
    read_at     timestamptz,
    UNIQUE (org_id, event_id)
);
CREATE INDEX notification_inbox ON notification (org_id, created_at DESC, id);
