package se.sip.platform.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of every {@code se.sip.consent.*} event: enough for other services' consent projections (status,
 * purposes, which organisations, validity), and nothing that names the person.
 */
public record ConsentEventData(
        String personRef,
        UUID consentId,
        String status,
        List<String> purposes,
        List<String> partyOrgIds,
        String recordedByOrg,
        LocalDate validFrom,
        LocalDate validUntil) {
}
