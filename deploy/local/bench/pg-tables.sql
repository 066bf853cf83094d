-- bench.sh's scratch tables for the PostgreSQL ceiling (pgbench, pg-write.sql), in the scratch database sip_bench:
-- the four rows a consent write makes, shaped like consent-service's own (consent, outbox_event, idempotency_key,
-- access_log) with the same keys and indexes, so that pgbench pays for what the service pays for. Made anew each run.
DROP TABLE IF EXISTS bench_entity, bench_outbox, bench_idempotency, bench_access_log;

CREATE TABLE bench_entity (
    id uuid PRIMARY KEY,
    person_id varchar(12) NOT NULL,
    person_ref varchar(64) NOT NULL,
    decision varchar(20) NOT NULL,
    status varchar(20) NOT NULL,
    form varchar(20) NOT NULL,
    valid_from date NOT NULL,
    recorded_by_org varchar(100) NOT NULL,
    recorded_by_sub varchar(100) NOT NULL,
    recorded_at timestamptz NOT NULL,
    version integer NOT NULL
);
CREATE INDEX bench_entity_person_ref_idx ON bench_entity (person_ref, recorded_at DESC);

CREATE TABLE bench_outbox (
    seq bigserial PRIMARY KEY,
    event_id uuid NOT NULL UNIQUE,
    topic varchar(100) NOT NULL,
    event_key varchar(100) NOT NULL,
    type varchar(100) NOT NULL,
    payload text NOT NULL,
    created_at timestamptz NOT NULL,
    sent_at timestamptz
);
CREATE INDEX bench_outbox_unsent_idx ON bench_outbox (seq) WHERE sent_at IS NULL;

CREATE TABLE bench_idempotency (
    caller_org text NOT NULL,
    caller_sub text NOT NULL,
    key_value varchar(255) NOT NULL,
    fingerprint char(64) NOT NULL,
    claim_id uuid,
    expires_at timestamptz NOT NULL,
    response_status smallint,
    response_body bytea,
    PRIMARY KEY (caller_org, caller_sub, key_value)
);
CREATE INDEX bench_idempotency_expires_idx ON bench_idempotency (expires_at);

CREATE TABLE bench_access_log (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL,
    actor_sub varchar(100) NOT NULL,
    actor_org varchar(100) NOT NULL,
    action varchar(20) NOT NULL,
    resource_type varchar(50) NOT NULL,
    resource_id varchar(100) NOT NULL,
    person_ref varchar(64) NOT NULL,
    outcome varchar(20) NOT NULL
);
CREATE INDEX bench_access_log_person_idx ON bench_access_log (person_ref, at);
CREATE INDEX bench_access_log_actor_org_idx ON bench_access_log (actor_org, at);
