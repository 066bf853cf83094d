package se.sip.consent.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.consent.Consent;
import se.sip.consent.ConsentRepository;
import se.sip.consent.Decision;
import se.sip.consent.Purpose;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.security.Caller;
import se.sip.platform.security.Roles;

/** The authority the other services ask before a write: may this organisation act for this purpose now? */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsentDecisions {

    static final String DECISION = "consent-decision";

    public record Outcome(boolean permitted, UUID consentId, DecisionReason reason) {
    }

    private final ConsentRepository consents;
    private final PersonRefs personRefs;
    private final ConsentService service;
    private final PersonDataAccess access;
    private final ConsentAccess rule;

    ConsentDecisions(ConsentRepository consents, PersonRefs personRefs, ConsentService service,
            PersonDataAccess access, ConsentAccess rule) {
        this.consents = consents;
        this.personRefs = personRefs;
        this.service = service;
        this.access = access;
        this.rule = rule;
    }

    public Outcome decide(Caller caller, String personId, String orgId, Purpose purpose, Optional<String> relative) {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(personId));
        List<Consent> all = consents.ofPerson(personRef);
        access.readAbout(caller, DECISION, personRef,
                caller.hasRole(Roles.INTEGRATION) || all.stream().anyMatch(c -> rule.maySee(caller, c)),
                "Only a service token, or an organisation that may see this person's consents, may ask for a"
                        + " decision.");
        LocalDate today = service.today();
        List<Consent> granted = all.stream().filter(c -> c.decision == Decision.GRANTED).toList();
        if (granted.isEmpty()) {
            return refused(DecisionReason.NO_CONSENT);
        }
        List<Consent> candidates = narrow(granted, c -> c.inForceOn(today));
        if (candidates.isEmpty()) {
            return refused(DecisionReason.CONSENT_NOT_IN_FORCE);
        }
        candidates = narrow(candidates, c -> c.purposes.contains(purpose));
        if (candidates.isEmpty()) {
            return refused(DecisionReason.PURPOSE_NOT_COVERED);
        }
        candidates = narrow(candidates, c -> c.covers(orgId));
        if (candidates.isEmpty()) {
            return refused(DecisionReason.ORGANISATION_NOT_COVERED);
        }
        if (relative.isPresent()) {
            candidates = narrow(candidates, c -> c.namesRelative(relative.get()));
            if (candidates.isEmpty()) {
                return refused(DecisionReason.RELATIVE_NOT_COVERED);
            }
        }
        return new Outcome(true, candidates.get(0).id, DecisionReason.CONSENT_IN_FORCE);
    }

    private static List<Consent> narrow(List<Consent> consents, Predicate<Consent> test) {
        return consents.stream().filter(test).toList();
    }

    private static Outcome refused(DecisionReason reason) {
        return new Outcome(false, null, reason);
    }
}
