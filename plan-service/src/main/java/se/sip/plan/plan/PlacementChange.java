package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of an LVM-aftercare person's placement history (placeringshistorik). */
@Embeddable
public record PlacementChange(
        @Enumerated(EnumType.STRING) PlacementChangeType type,
        @Column(name = "effective_on") LocalDate effectiveOn,
        String note,
        @Column(name = "recorded_by_org") String recordedByOrg,
        @Column(name = "recorded_at") Instant recordedAt) {
}
