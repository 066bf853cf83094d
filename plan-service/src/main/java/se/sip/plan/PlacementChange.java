package se.sip.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of an LVM-aftercare person's placement history (placeringshistorik). */
@Embeddable
public class PlacementChange {

    @Enumerated(EnumType.STRING)
    public PlacementChangeType type;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    public String note;

    @Column(name = "recorded_by_org")
    public String recordedByOrg;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    protected PlacementChange() {
    }

    public PlacementChange(PlacementChangeType type, LocalDate effectiveOn, String note, String recordedByOrg,
            Instant recordedAt) {
        this.type = type;
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.recordedByOrg = recordedByOrg;
        this.recordedAt = recordedAt;
    }
}
