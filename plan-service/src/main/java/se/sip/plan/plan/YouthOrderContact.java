package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A contact with the resource unit about a youth assignment's order (seed 004: "Kontaktar SRV inom två veckor från det
 * att beställningen mottagits … för att få information om verkställighet"), and what the unit answered.
 *
 * @param on the day of the contact
 * @param by who made it (name, role)
 * @param reasons why the unit will not execute the order (its written reasons); only with WILL_NOT_EXECUTE
 */
@Embeddable
public record YouthOrderContact(
        @Column(name = "contacted_on") LocalDate on,
        @Column(name = "contacted_by") String by,
        @Enumerated(EnumType.STRING) ContactOutcome outcome,
        String reasons,
        @Column(name = "recorded_by_org") String recordedByOrg,
        @Column(name = "recorded_at") Instant recordedAt) {
}
