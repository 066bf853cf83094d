package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An early ending asked for in a youth assignment (seed 004): the youth refuses, or a guardian withdraws or does not
 * cooperate.
 *
 * @param on the day it was made known
 * @param note what was said, and by whom
 */
@Embeddable
public record YouthRefusal(
        @Column(name = "refused_on") LocalDate on,
        @Column(name = "refused_by") @Enumerated(EnumType.STRING) RefusedBy refusedBy,
        String note,
        @Column(name = "recorded_by_org") String recordedByOrg,
        @Column(name = "recorded_at") Instant recordedAt) {
}
