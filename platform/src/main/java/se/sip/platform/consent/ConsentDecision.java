package se.sip.platform.consent;

import java.util.Optional;
import java.util.UUID;

/**
 * consent-service's answer to "may this organisation act for this purpose on this person now?"; {@code reason} is
 * its code (e.g. {@code CONSENT_IN_FORCE}, {@code ORGANISATION_NOT_COVERED}), safe to show as it names no one.
 * consent-service answers {@link #NOT_PERMITTED} in place of the specific reason when the organisation asked about
 * may not see the person's consents, so that the answer never tells it whether the person has any.
 */
public record ConsentDecision(String orgId, boolean permitted, UUID consentId, String reason) {

    public static final String NOT_PERMITTED = "NOT_PERMITTED";

    /** The specific reason of a refusal, when the organisation asked about may learn it. */
    public Optional<String> reasonToShow() {
        return permitted || NOT_PERMITTED.equals(reason) ? Optional.empty() : Optional.ofNullable(reason);
    }
}
