-- Agreed versions (fastställda versioner) of a plan: one per approved minutes, never changed once written. The
-- snapshot is the plan as its parties read it (the plan view) at the moment the minutes were approved.
CREATE TABLE plan_agreed_version (
    plan_id           uuid        NOT NULL REFERENCES plan (id),
    number            integer     NOT NULL,
    meeting_id        uuid        NOT NULL,
    minutes_revision  integer     NOT NULL,
    agreed_at         timestamptz NOT NULL,
    snapshot          jsonb       NOT NULL,
    PRIMARY KEY (plan_id, number),
    -- The same approved minutes, however often reported, agree one version.
    UNIQUE (plan_id, meeting_id, minutes_revision)
);
