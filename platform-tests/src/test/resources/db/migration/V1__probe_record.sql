-- The probe application's one kind of person data (ProbeResource), beside the platform's tables.
CREATE TABLE probe_record (
    id               uuid         PRIMARY KEY,
    person_ref       varchar(64)  NOT NULL,
    recorded_by_org  varchar(100) NOT NULL,
    text             varchar(200) NOT NULL,
    archived         boolean      NOT NULL,
    version          bigint       NOT NULL
);
CREATE INDEX probe_record_person_idx ON probe_record (person_ref);
