package se.sip.platform.events;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code se.sip.plan.party-access-ended.v1}: a consent of the person ended ({@code reason}
 * {@code CONSENT_WITHDRAWN} or {@code CONSENT_EXPIRED}) and no consent in force shares the person's information with
 * {@code orgIds} any more. They stay parties of the open plan but may not read it until a consent covers them again.
 */
public record PartyAccessEndedData(
        String personRef,
        UUID planId,
        String leadOrgId,
        List<String> orgIds,
        UUID endedConsentId,
        String reason) {
}
