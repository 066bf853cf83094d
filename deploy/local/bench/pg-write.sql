-- One pgbench transaction: the four rows a consent write makes (pg-tables.sql), each with a fresh key, the event and
-- the stored response about as long as consent-service's (about 650 and 600 bytes).
\set k random(1, 9000000000000)
BEGIN;
INSERT INTO bench_entity VALUES (gen_random_uuid(), '199001011234', md5(:k::text) || md5(:k::text || 'r'), 'GRANTED',
    'ACTIVE', 'WRITTEN', current_date, 'kommun-0583', 'bench-1', now(), 0);
INSERT INTO bench_outbox (event_id, topic, event_key, type, payload, created_at)
    VALUES (gen_random_uuid(), 'sip.consent.v1', md5(:k::text), 'consent.recorded', repeat('x', 650), now());
INSERT INTO bench_idempotency VALUES ('kommun-0583', 'bench-1', 'bench-' || :k || '-' || :client_id,
    md5(:k::text) || md5(:k::text || 'f'), gen_random_uuid(), now() + interval '24 hours', 201,
    convert_to(repeat('y', 600), 'UTF8'));
INSERT INTO bench_access_log VALUES (gen_random_uuid(), now(), 'bench-1', 'kommun-0583', 'WRITE', 'consent',
    gen_random_uuid()::text, md5(:k::text) || md5(:k::text || 'r'), 'PERMITTED');
END;
