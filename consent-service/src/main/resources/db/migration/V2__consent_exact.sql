-- Consent is exact: the second guardian of a child in joint custody, who withdrew a consent, and when its coming
-- expiry was announced. Rows recorded before keep their meaning: all three are empty for them.
ALTER TABLE consent
    ADD COLUMN co_guardian_name       varchar(200),
    ADD COLUMN withdrawn_by_role      varchar(32),
    ADD COLUMN withdrawn_by_name      varchar(200),
    ADD COLUMN expiring_announced_at  timestamptz;

-- What the expiring-notice round scans: active consents with a last day whose notice is still to be given.
CREATE INDEX consent_expiring_due_idx ON consent (valid_until)
    WHERE status = 'ACTIVE' AND expiring_announced_at IS NULL AND valid_until IS NOT NULL;
