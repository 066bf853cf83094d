package se.sip.platform.consent;

import java.util.UUID;

/**
 * consent-service's answer to "may this organisation act for this purpose on this person now?"; {@code reason} is
 * its code (e.g. {@code CONSENT_IN_FORCE}, {@code ORGANISATION_NOT_COVERED}), safe to show as it names no one.
 */
public record ConsentDecision(boolean permitted, UUID consentId, String reason) {
}
