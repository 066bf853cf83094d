package se.sip.plan.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.consent.ConsentDecision;
import se.sip.platform.consent.ConsentDecisionClient;
import se.sip.platform.consent.ConsentPurposes;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/**
 * The check before a write that makes organisations share a person's information through a plan (starting it,
 * choosing its lead): consent-service, asked at this very moment in one call, must find a consent in force that
 * names each of them for SHARE_INFORMATION. The caller's own organisation is judged first: when it is not covered,
 * the answer is one generic refusal (with consent-service's reason only when the caller may see the person's
 * consents), so it learns nothing of the person's consents, nor of the other organisations.
 */
@ApplicationScoped
class SharingConsent {

    private final ConsentDecisionClient decisions;

    SharingConsent(ConsentDecisionClient decisions) {
        this.decisions = decisions;
    }

    /**
     * Returns the consent that shares with {@code leadOrgId}, which the plan then rests on; 422 naming the
     * uncovered organisations (all of them sent by the caller) when any is not covered.
     *
     * @param notDone what the refusal leaves undone, e.g. "so no plan was started"
     */
    UUID require(Caller caller, PersonalIdentityNumber person, String leadOrgId, Collection<String> orgIds,
            String notDone) {
        List<String> asked = new ArrayList<>();
        asked.add(caller.org());
        asked.addAll(orgIds);
        Map<String, ConsentDecision> decided = decisions.decideEach(person, asked,
                ConsentPurposes.SHARE_INFORMATION);
        decided.get(caller.org()).requirePermitted("No consent in force lets your organisation share this person's"
                + " information (SHARE_INFORMATION), " + notDone + ".");
        List<String> uncovered = orgIds.stream().distinct().filter(org -> !decided.get(org).permitted()).toList();
        if (!uncovered.isEmpty()) {
            throw ProblemException.ruleViolation("No consent in force shares this person's information"
                    + " (SHARE_INFORMATION) with " + String.join(", ", uncovered) + ", " + notDone
                    + ". Every party and the lead must be named by a consent the person gave for it.");
        }
        return decided.get(leadOrgId).consentId();
    }
}
