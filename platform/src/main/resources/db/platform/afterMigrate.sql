-- Run by Flyway after every migrate, as the schema's owner. When the service runs as a role of its own (the
-- datasource's login, runtime_role, is not the migration login), that role gets only what the service needs: rows in,
-- out and changed in every table, but the access log only inserted and read, and the migration history only read.
-- Not the owner, it cannot drop or disable the access log's insert-only trigger either, nor detach, drop or truncate
-- one of its monthly partitions: evidence stays evidence whatever the service's code does. With one login for both,
-- the trigger alone guards the log.

-- The access log's partitions (V0_8): the current month and the next twelve, made at every start, so that a month's
-- partition exists long before its first row; a row of a month without one lands in access_log_default.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass('access_log')) THEN
        PERFORM access_log_add_partitions((now() AT TIME ZONE 'UTC')::date,
                                          ((now() AT TIME ZONE 'UTC') + interval '12 months')::date);
    END IF;
END
$$;

DO $$
DECLARE
    partition regclass;
BEGIN
    IF current_user <> '${runtime_role}' THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${runtime_role}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                       current_schema(), '${runtime_role}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${runtime_role}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM %I', '${runtime_role}');
        -- Each partition is a table of its own, which the GRANT above reached too.
        FOR partition IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'access_log'::regclass LOOP
            EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM %I', partition, '${runtime_role}');
        END LOOP;
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${flyway:table} FROM %I', '${runtime_role}');
    END IF;
END
$$;
