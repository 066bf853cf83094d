package se.sip.consent.consent;

import java.time.LocalDate;

import se.sip.platform.consent.ConsentScope;
import se.sip.platform.security.Caller;

/**
 * One of a person's consents as the decisions ({@code se.sip.consent.decision}) read it: what it covers on a day and
 * who may see it. The entity stays in this package; its rules ({@link Consent#scope}, {@link ConsentAccess}) are
 * asked, never restated.
 */
public final class ConsentOnRecord {

    private final Consent consent;
    private final ConsentAccess access;

    ConsentOnRecord(Consent consent, ConsentAccess access) {
        this.consent = consent;
        this.access = access;
    }

    /** A consent given, not a SIP offer declined. */
    public boolean granted() {
        return consent.decision == Decision.GRANTED;
    }

    /** What the coverage rule every service shares needs of it on {@code today}. */
    public ConsentScope scope(LocalDate today) {
        return consent.scope(today);
    }

    public boolean includes(Purpose purpose) {
        return consent.purposes.contains(purpose);
    }

    /** It names this relative (case and surrounding blanks aside). */
    public boolean namesRelative(String name) {
        return consent.namesRelative(name);
    }

    /** The caller's organisation may see it ({@link ConsentAccess}). */
    public boolean visibleTo(Caller caller) {
        return access.maySee(caller, consent);
    }

    /** This organisation, which need not be the caller's, may see it ({@link ConsentAccess}). */
    public boolean visibleTo(String org) {
        return access.visibleTo(org, consent);
    }
}
