-- The access log, partitioned by month on `at` (docs/capacity.md, "Partitioned or not" and "Retention"): at 100
-- million rows a person's page is still one index probe per month, and the retention period is kept by dropping whole
-- months, never by deleting rows (the table is insert-only: no row is ever deleted). Every existing row is kept.
--
-- The primary key of a partitioned table must contain the partition key, so it is (id, at); the entity still maps
-- `id` as its identifier, and ids stay random UUIDs.
ALTER TABLE access_log RENAME TO access_log_before_partitioning;
ALTER INDEX access_log_pkey RENAME TO access_log_before_partitioning_pkey;
ALTER INDEX access_log_person_idx RENAME TO access_log_before_partitioning_person_idx;
ALTER INDEX access_log_actor_org_idx RENAME TO access_log_before_partitioning_actor_org_idx;

CREATE TABLE access_log (
    id              uuid         NOT NULL,
    at              timestamptz  NOT NULL,
    actor_sub       varchar(200) NOT NULL,
    actor_org       varchar(100) NOT NULL,
    actor_org_type  varchar(16)  NOT NULL,
    action          varchar(8)   NOT NULL,
    resource_type   varchar(50)  NOT NULL,
    resource_id     varchar(100),
    person_ref      varchar(64),
    outcome         varchar(16)  NOT NULL,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
-- A person's log (the individual's right to see who looked) and an organisation's follow-up of its own staff; each
-- partition gets its own copy of both.
CREATE INDEX access_log_person_idx ON access_log (person_ref, at);
CREATE INDEX access_log_actor_org_idx ON access_log (actor_org, at);

-- Evidence must not change after the fact. The row trigger is cloned onto every partition, so an UPDATE or DELETE
-- naming a partition directly is refused too; a statement trigger is not, so every partition gets its own TRUNCATE
-- trigger from access_log_add_partitions.
CREATE TRIGGER access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_is_insert_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_insert_only();

-- Makes the monthly partitions from the month of first_month to the month of last_month (both included) that do not
-- exist yet, named access_log_yYYYYmMM, and the DEFAULT partition access_log_default, which takes a row whose month
-- has no partition (a clock far off, or months past the newest partition) so that an insert never fails. Idempotent.
-- A month whose rows already sit in the DEFAULT partition is left out with a warning: making it would need those rows
-- moved, which an operator does by hand (docs/capacity.md). Run by the schema's owner (afterMigrate.sql at every
-- migrate, for the current month and the next twelve); the service's role cannot create, detach or drop partitions.
CREATE FUNCTION access_log_add_partitions(first_month date, last_month date) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    month date := date_trunc('month', first_month)::date;
    month_start timestamptz;
    month_end timestamptz;
    partition text;
BEGIN
    IF to_regclass(format('%I.access_log_default', current_schema())) IS NULL THEN
        EXECUTE 'CREATE TABLE access_log_default PARTITION OF access_log DEFAULT';
        EXECUTE 'CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log_default'
                ' FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_insert_only()';
    END IF;
    WHILE month <= last_month LOOP
        -- Months in UTC, whatever the session's time zone.
        month_start := month::timestamp AT TIME ZONE 'UTC';
        month_end := (month + interval '1 month')::timestamp AT TIME ZONE 'UTC';
        partition := format('access_log_y%sm%s', to_char(month, 'YYYY'), to_char(month, 'MM'));
        IF to_regclass(format('%I.%I', current_schema(), partition)) IS NULL THEN
            IF EXISTS (SELECT 1 FROM access_log_default WHERE at >= month_start AND at < month_end) THEN
                RAISE WARNING 'access_log: rows of % are in access_log_default; partition % not made', month, partition;
            ELSE
                EXECUTE format('CREATE TABLE %I PARTITION OF access_log FOR VALUES FROM (%L) TO (%L)', partition,
                               month_start, month_end);
                EXECUTE format('CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON %I'
                               ' FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_insert_only()', partition);
            END IF;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
END
$$;

-- The months of the rows there are, up to twelve months ahead (afterMigrate.sql keeps that horizon), then the rows.
DO $$
BEGIN
    PERFORM access_log_add_partitions(
        LEAST(COALESCE((SELECT min(at) AT TIME ZONE 'UTC' FROM access_log_before_partitioning)::date,
                       (now() AT TIME ZONE 'UTC')::date),
              (now() AT TIME ZONE 'UTC')::date),
        ((now() AT TIME ZONE 'UTC') + interval '12 months')::date);
END
$$;
INSERT INTO access_log (id, at, actor_sub, actor_org, actor_org_type, action, resource_type, resource_id, person_ref,
                        outcome)
SELECT id, at, actor_sub, actor_org, actor_org_type, action, resource_type, resource_id, person_ref, outcome
FROM access_log_before_partitioning;
DROP TABLE access_log_before_partitioning;
