package se.sip.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.consent-replaced.v1}: the consent the plan rested on ended and another one in force
 * shares the person's information with the lead, so the plan now rests on that one. Ids only, never the terms.
 */
public record PlanConsentReplacedData(
        String personRef,
        UUID planId,
        String leadOrgId,
        List<String> partyOrgIds,
        UUID previousConsentId,
        UUID consentId) {
}
