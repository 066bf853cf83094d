package se.sip.consent.service;

import java.time.LocalDate;

import se.sip.consent.Consent;
import se.sip.consent.ConsentStatus;
import se.sip.platform.security.Caller;

/**
 * Who may see a consent: the organisation that recorded it always; an organisation it names while it is active.
 * {@code ConsentRepository}'s list query states the same rule in JPQL.
 */
final class ConsentAccess {

    private ConsentAccess() {
    }

    static boolean maySee(Caller caller, Consent consent, LocalDate today) {
        if (consent.recordedByOrg.equals(caller.org())) {
            return true;
        }
        return consent.statusOn(today) == ConsentStatus.ACTIVE
                && consent.parties.stream().anyMatch(p -> p.orgId.equals(caller.org()));
    }
}
