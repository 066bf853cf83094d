package se.sip.meeting;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of the two who adjust (justerar) a meeting's minutes. */
@Embeddable
public class Adjuster {

    public UUID id;

    public String name;

    @Column(name = "org_id")
    public String orgId;

    protected Adjuster() {
    }

    public Adjuster(UUID id, String name, String orgId) {
        this.id = id;
        this.name = name;
        this.orgId = orgId;
    }
}
