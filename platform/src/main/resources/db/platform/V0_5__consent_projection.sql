-- A service's local view of consents, built from sip.consent.v1, so that reads never depend on consent-service
-- being up. No names and no personal identity numbers: only what the events carry.
CREATE TABLE consent_projection (
    consent_id       uuid         PRIMARY KEY,
    person_ref       varchar(64)  NOT NULL,
    status           varchar(16)  NOT NULL,
    recorded_by_org  varchar(100) NOT NULL,
    valid_from       date,
    valid_until      date
);
CREATE INDEX consent_projection_person_idx ON consent_projection (person_ref);

-- What each consent permits, one row per purpose and organisation it covers (the parties it names and the
-- organisation that recorded it), so "does a consent in force cover X for org Y" is one indexed lookup.
CREATE TABLE consent_projection_scope (
    consent_id  uuid         NOT NULL REFERENCES consent_projection (consent_id),
    purpose     varchar(32)  NOT NULL,
    org_id      varchar(100) NOT NULL,
    PRIMARY KEY (consent_id, purpose, org_id)
);
