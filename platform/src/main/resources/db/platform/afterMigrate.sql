-- Run by Flyway after every migrate, as the schema's owner. When the service runs as a role of its own (the
-- datasource's login, runtime_role, is not the migration login), that role gets only what the service needs: rows in,
-- out and changed in every table, but the access log only inserted and read, and the migration history only read.
-- Not the owner, it cannot drop or disable the access log's insert-only trigger either: evidence stays evidence
-- whatever the service's code does. With one login for both, the trigger alone guards the log.
DO $$
BEGIN
    IF current_user <> '${runtime_role}' THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${runtime_role}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                       current_schema(), '${runtime_role}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${runtime_role}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM %I', '${runtime_role}');
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${flyway:table} FROM %I', '${runtime_role}');
    END IF;
END
$$;
