-- Consents (samtycken) and declined SIP offers. A consent is immutable but for its withdrawal.
CREATE TABLE consent (
    id                   uuid PRIMARY KEY,
    person_id            varchar(12)  NOT NULL,
    person_ref           varchar(64)  NOT NULL,
    decision             varchar(16)  NOT NULL,
    status               varchar(16)  NOT NULL,
    given_by_role        varchar(32),
    given_by_name        varchar(200),
    form                 varchar(16),
    valid_from           date,
    valid_until          date,
    journal_ref          varchar(200),
    restrictions         text,
    needs_seen           text,
    individual_position  text,
    recorded_by_org      varchar(100) NOT NULL,
    recorded_by_sub      varchar(200) NOT NULL,
    recorded_at          timestamptz  NOT NULL,
    withdrawn_at         timestamptz,
    withdrawal_reason    text,
    withdrawn_by_org     varchar(100),
    version              integer      NOT NULL
);
CREATE INDEX consent_person_ref_idx ON consent (person_ref, recorded_at DESC);

CREATE TABLE consent_purpose (
    consent_id uuid        NOT NULL REFERENCES consent (id),
    purpose    varchar(32) NOT NULL,
    PRIMARY KEY (consent_id, purpose)
);

CREATE TABLE consent_party (
    consent_id uuid         NOT NULL REFERENCES consent (id),
    position   integer      NOT NULL,
    org_id     varchar(100) NOT NULL,
    org_type   varchar(16)  NOT NULL,
    name       varchar(200) NOT NULL,
    PRIMARY KEY (consent_id, position)
);
CREATE INDEX consent_party_org_idx ON consent_party (org_id);

CREATE TABLE consent_relative (
    consent_id uuid         NOT NULL REFERENCES consent (id),
    position   integer      NOT NULL,
    name       varchar(200) NOT NULL,
    relation   varchar(100) NOT NULL,
    email      varchar(320),
    phone      varchar(40),
    PRIMARY KEY (consent_id, position)
);
