package se.sip.consent.consent;

import jakarta.enterprise.context.ApplicationScoped;

import se.sip.platform.access.AccessRule;
import se.sip.platform.security.Caller;
import se.sip.platform.security.ServiceTokens;

/**
 * Who may read one consent by id: whoever may see it ({@link ConsentAccess}), and our own services, which read its
 * id, last valid day and restrictions when they show a plan or meeting to any of its parties. Reading only: a
 * withdrawal goes by {@link ConsentAccess} alone, so a service token withdraws nothing.
 */
@ApplicationScoped
class ConsentReadAccess implements AccessRule<Consent> {

    private final ConsentAccess rule;
    private final ServiceTokens tokens;

    ConsentReadAccess(ConsentAccess rule, ServiceTokens tokens) {
        this.rule = rule;
        this.tokens = tokens;
    }

    @Override
    public String resourceType() {
        return rule.resourceType();
    }

    @Override
    public String idOf(Consent consent) {
        return rule.idOf(consent);
    }

    @Override
    public String personRefOf(Consent consent) {
        return rule.personRefOf(consent);
    }

    @Override
    public boolean maySee(Caller caller, Consent consent) {
        return tokens.isOwnService(caller) || rule.maySee(caller, consent);
    }
}
