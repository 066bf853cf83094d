package se.sip.platform.consent;

import java.util.Optional;
import java.util.UUID;

import se.sip.platform.problem.ProblemException;

/**
 * consent-service's answer to "may this organisation act for this purpose on this person now?"; {@code reason} is
 * its code (e.g. {@code CONSENT_IN_FORCE}, {@code ORGANISATION_NOT_COVERED}), safe to show as it names no one.
 * consent-service answers {@link #NOT_PERMITTED} in place of the specific reason when the organisation asked about
 * may not see the person's consents, so that the answer never tells it whether the person has any.
 */
public record ConsentDecision(String orgId, boolean permitted, UUID consentId, String reason) {

    public static final String NOT_PERMITTED = "NOT_PERMITTED";

    /**
     * This decision when it permits; otherwise a 422 with {@code refusal}, and consent-service's reason only where the
     * organisation asked about may learn it (so a caller that may not see the person's consents learns nothing).
     */
    public ConsentDecision requirePermitted(String refusal) {
        if (!permitted) {
            throw ProblemException.ruleViolation(refusal + reasonToShow().map(r -> " Reason: " + r + ".").orElse(""));
        }
        return this;
    }

    /** The specific reason of a refusal, when the organisation asked about may learn it. */
    public Optional<String> reasonToShow() {
        return permitted || NOT_PERMITTED.equals(reason) ? Optional.empty() : Optional.ofNullable(reason);
    }
}
