package se.sip.platform.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one statement of "does this set of a person's consents cover this organisation, this plan, this meeting?"
 * that every service uses: consent-service to decide, plan-service to judge its plans when a consent ends, and the
 * read rules against each service's local projection.
 */
public final class ConsentCoverage {

    /**
     * Of several consents that cover the same thing, the one a plan rests on: the latest {@code validUntil}, an
     * open-ended one first; then the latest {@code validFrom}; then the id, so that every service picks the same.
     */
    public static final Comparator<ConsentScope> PREFERRED = Comparator
            .comparing(ConsentScope::validUntil, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(ConsentScope::validFrom, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(ConsentScope::consentId);

    private ConsentCoverage() {
    }

    /** Whether some consent in force on {@code today} permits {@code purpose} for {@code orgId}. */
    public static boolean covers(Collection<ConsentScope> consents, String orgId, String purpose, LocalDate today) {
        return consents.stream().anyMatch(c -> c.permits(orgId, purpose, today));
    }

    /** The preferred consent in force that permits {@code purpose} for {@code orgId}; empty when none does. */
    public static Optional<ConsentScope> preferred(Collection<ConsentScope> consents, String orgId, String purpose,
            LocalDate today) {
        return consents.stream().filter(c -> c.permits(orgId, purpose, today)).min(PREFERRED);
    }

    /** Those of {@code orgIds} that no consent in force permits {@code purpose} for, in the order given. */
    public static Set<String> uncovered(Collection<ConsentScope> consents, Collection<String> orgIds, String purpose,
            LocalDate today) {
        Set<String> uncovered = new LinkedHashSet<>();
        for (String orgId : orgIds) {
            if (!covers(consents, orgId, purpose, today)) {
                uncovered.add(orgId);
            }
        }
        return uncovered;
    }

    /**
     * How a plan stands after one of the person's consents ended (withdrawn or expired). It keeps resting on its
     * consent while that one still shares the person's information with the lead; otherwise it moves to the
     * preferred consent in force that does, or, when there is none, it must close. The parties that the ended consent
     * shared with and that no consent in force covers any more lose their access.
     *
     * @param consents every consent of the person the service knows, the ended one among them
     */
    public static PlanStanding judgePlan(Collection<ConsentScope> consents, UUID endedConsentId,
            UUID planConsentId, String leadOrgId, Collection<String> partyOrgIds, LocalDate today) {
        boolean stillRests = consents.stream().anyMatch(c -> c.consentId().equals(planConsentId)
                && c.permits(leadOrgId, ConsentPurposes.SHARE_INFORMATION, today));
        Optional<UUID> rests = stillRests ? Optional.of(planConsentId)
                : preferred(consents, leadOrgId, ConsentPurposes.SHARE_INFORMATION, today).map(ConsentScope::consentId);
        Optional<ConsentScope> ended = consents.stream()
                .filter(c -> c.consentId().equals(endedConsentId)).findFirst();
        Set<String> lost = new LinkedHashSet<>();
        for (String party : partyOrgIds) {
            boolean sharedBefore = ended.map(c -> c.purposes().contains(ConsentPurposes.SHARE_INFORMATION)
                    && c.orgIds().contains(party)).orElse(false);
            if (!party.equals(leadOrgId) && sharedBefore
                    && !covers(consents, party, ConsentPurposes.SHARE_INFORMATION, today)) {
                lost.add(party);
            }
        }
        return new PlanStanding(rests, List.copyOf(lost));
    }

    /**
     * A plan's standing: the consent it rests on (empty: none covers its lead, so it closes) and the parties that
     * lost their access to it.
     */
    public record PlanStanding(Optional<UUID> consentId, List<String> partiesWithoutAccess) {
        public boolean mustClose() {
            return consentId.isEmpty();
        }
    }
}
