package se.sip.meeting.meeting;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/** One of the two who adjust (justerar) a meeting's minutes. */
@Embeddable
class Adjuster {

    public UUID id;

    public String name;

    public String orgId;

    protected Adjuster() {
    }

    public Adjuster(UUID id, String name, String orgId) {
        this.id = id;
        this.name = name;
        this.orgId = orgId;
    }
}
