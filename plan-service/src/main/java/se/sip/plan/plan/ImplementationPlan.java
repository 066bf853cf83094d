package se.sip.plan.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A youth assignment's implementation plan (genomförandeplan, seed 004): the performer draws it up with the family and
 * sends a copy to the social worker. The plan keeps where the document is, not the document.
 *
 * @param performerOrgId the party that performs the intervention and drew up the plan
 * @param receivedOn the day the social worker received the copy
 * @param documentRef where the document is kept (a reference in the performer's or the journal system)
 */
@Embeddable
public record ImplementationPlan(
        @Column(name = "performer_org_id") String performerOrgId,
        @Column(name = "received_on") LocalDate receivedOn,
        @Column(name = "document_ref") String documentRef,
        @Column(name = "recorded_by_org") String recordedByOrg,
        @Column(name = "recorded_at") Instant recordedAt) {
}
