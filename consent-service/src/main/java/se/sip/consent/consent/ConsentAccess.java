package se.sip.consent.consent;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.access.AccessRule;
import se.sip.platform.security.Caller;

/**
 * Who may see a consent: the organisation that recorded it always; an organisation it names while it is active.
 * Applied by {@link se.sip.platform.access.PersonDataAccess}, which logs every use; {@code ConsentRepository}'s list
 * query states the same rule in JPQL.
 */
@ApplicationScoped
class ConsentAccess implements AccessRule<Consent> {

    static final String CONSENT = "consent";

    private final Clock clock;

    ConsentAccess(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String resourceType() {
        return CONSENT;
    }

    @Override
    public String idOf(Consent consent) {
        return consent.id.toString();
    }

    @Override
    public String personRefOf(Consent consent) {
        return consent.personRef;
    }

    @Override
    public boolean maySee(Caller caller, Consent consent) {
        return visibleTo(caller.org(), consent);
    }

    /** The same rule for an organisation that is not the caller: one a decision is asked about. */
    boolean visibleTo(String org, Consent consent) {
        if (consent.recordedByOrg.equals(org)) {
            return true;
        }
        return consent.statusOn(LocalDate.now(clock)) == ConsentStatus.ACTIVE && consent.namesParty(org);
    }
}
