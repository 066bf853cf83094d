-- Webhook subscriptions per organisation. The signing secret is kept as given (HMAC needs it); during a rotation the
-- previous one still signs until previous_secret_until.
CREATE TABLE webhook_subscription (
    id                     uuid          PRIMARY KEY,
    org_id                 varchar(100)  NOT NULL,
    callback_url           varchar(2000) NOT NULL,
    event_types            varchar(2000) NOT NULL,
    secret                 varchar(100)  NOT NULL,
    previous_secret        varchar(100),
    previous_secret_until  timestamptz,
    created_at             timestamptz   NOT NULL
);
CREATE INDEX webhook_subscription_org ON webhook_subscription (org_id);

-- One delivery per event and subscription: the outbox the delivery workers claim from (FOR UPDATE SKIP LOCKED).
CREATE TABLE webhook_delivery (
    id               uuid          PRIMARY KEY,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscription (id),
    event_id         varchar(100)  NOT NULL,
    event_type       varchar(100)  NOT NULL,
    payload          text          NOT NULL,
    status           varchar(20)   NOT NULL,
    attempt_count    integer       NOT NULL,
    next_attempt_at  timestamptz,
    resent           boolean       NOT NULL,
    created_at       timestamptz   NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, created_at DESC);

-- Every attempt and its outcome, as the subscriber sees them in GET /subscriptions/{id}/deliveries.
CREATE TABLE webhook_attempt (
    delivery_id   uuid          NOT NULL REFERENCES webhook_delivery (id),
    number        integer       NOT NULL,
    attempted_at  timestamptz   NOT NULL,
    status_code   integer,
    error         varchar(300),
    duration_ms   bigint        NOT NULL,
    PRIMARY KEY (delivery_id, number)
);
