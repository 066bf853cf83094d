-- The access log (åtkomstlogg): every read and write of a person's data, permitted or not. The person is named only by
-- personRef, never by the personal identity number.
CREATE TABLE access_log (
    id              uuid PRIMARY KEY,
    at              timestamptz  NOT NULL,
    actor_sub       varchar(200) NOT NULL,
    actor_org       varchar(100) NOT NULL,
    actor_org_type  varchar(16)  NOT NULL,
    action          varchar(8)   NOT NULL,
    resource_type   varchar(50)  NOT NULL,
    resource_id     varchar(100),
    person_ref      varchar(64),
    outcome         varchar(16)  NOT NULL
);
-- A person's log (the individual's right to see who looked) and an organisation's follow-up of its own staff.
CREATE INDEX access_log_person_idx ON access_log (person_ref, at);
CREATE INDEX access_log_actor_org_idx ON access_log (actor_org, at);

-- Evidence must not change after the fact: the database refuses updates and deletes, whatever the code does.
CREATE FUNCTION access_log_is_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is insert-only';
END
$$;
CREATE TRIGGER access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_is_insert_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_insert_only();
