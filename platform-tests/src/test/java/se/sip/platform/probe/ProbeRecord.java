package se.sip.platform.probe;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Test only: the probe application's one kind of person data, seen by the organisation that recorded it. */
@Entity
public class ProbeRecord {

    @Id
    public UUID id;

    public String personRef;

    public String recordedByOrg;

    public String text;

    public boolean archived;

    /** Counted by hand, so that a response's ETag is known before the commit. */
    public long version;
}
