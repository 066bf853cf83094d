package se.sip.consent.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.consent.consent.ConsentOnRecord;
import se.sip.consent.consent.ConsentService;
import se.sip.consent.consent.Purpose;
import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.consent.ConsentCoverage;
import se.sip.platform.consent.ConsentScope;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.security.Caller;
import se.sip.platform.security.ServiceTokens;

/**
 * The authority the other services ask before a write: may these organisations act for this purpose now? Decided by
 * the coverage rule every service shares ({@link ConsentCoverage}), so that the consent named is the one
 * plan-service would pick too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ConsentDecisions {

    static final String DECISION = "consent-decision";

    record Outcome(String orgId, boolean permitted, UUID consentId, DecisionReason reason) {
    }

    private final PersonRefs personRefs;
    private final ConsentService consents;
    private final PersonDataAccess access;
    private final ServiceTokens tokens;

    ConsentDecisions(PersonRefs personRefs, ConsentService consents, PersonDataAccess access, ServiceTokens tokens) {
        this.personRefs = personRefs;
        this.consents = consents;
        this.access = access;
        this.tokens = tokens;
    }

    /**
     * One decision per organisation, in the order given, with one access log row for the call. Only our own services
     * and callers who may see one of the person's granted consents may ask (403 otherwise). An organisation that sees
     * only a declined offer (its own record) may ask about itself alone: recording a declined offer, which needs no
     * party, must not open what others' consents are.
     */
    List<Outcome> decide(Caller caller, String personId, List<String> orgIds, Purpose purpose,
            Optional<String> relative) {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(personId));
        List<ConsentOnRecord> all = consents.onRecord(personRef);
        List<ConsentOnRecord> visible = all.stream().filter(c -> c.visibleTo(caller)).toList();
        boolean mayAsk = tokens.isOwnService(caller) || visible.stream().anyMatch(ConsentOnRecord::granted)
                || !visible.isEmpty() && orgIds.stream().allMatch(caller::belongsTo);
        access.readAbout(caller, DECISION, personRef, mayAsk,
                "Only our services' tokens, or an organisation that may see this person's consents, may ask for a"
                        + " decision; one that sees only a declined offer asks about itself alone.");
        LocalDate today = consents.today();
        List<ConsentOnRecord> granted = all.stream().filter(ConsentOnRecord::granted).toList();
        return orgIds.stream().map(orgId -> decide(all, granted, orgId, purpose, relative, today)).toList();
    }

    private Outcome decide(List<ConsentOnRecord> all, List<ConsentOnRecord> granted, String orgId, Purpose purpose,
            Optional<String> relative, LocalDate today) {
        List<ConsentScope> asked = granted.stream()
                .filter(c -> relative.map(c::namesRelative).orElse(true))
                .map(c -> c.scope(today)).toList();
        Optional<ConsentScope> preferred = ConsentCoverage.preferred(asked, orgId, purpose.name(), today);
        if (preferred.isPresent()) {
            return new Outcome(orgId, true, preferred.get().consentId(), DecisionReason.CONSENT_IN_FORCE);
        }
        if (all.stream().noneMatch(c -> c.visibleTo(orgId))) {
            // Why would tell an organisation that sees none of the person's consents whether there are any.
            return refused(orgId, DecisionReason.NOT_PERMITTED);
        }
        return refused(orgId, why(granted, orgId, purpose, today));
    }

    /** The most specific reason none permits it, narrowing step by step. */
    private static DecisionReason why(List<ConsentOnRecord> granted, String orgId, Purpose purpose, LocalDate today) {
        if (granted.isEmpty()) {
            return DecisionReason.NO_CONSENT;
        }
        List<ConsentOnRecord> candidates = granted.stream().filter(c -> c.scope(today).inForceOn(today)).toList();
        if (candidates.isEmpty()) {
            return DecisionReason.CONSENT_NOT_IN_FORCE;
        }
        candidates = candidates.stream().filter(c -> c.includes(purpose)).toList();
        if (candidates.isEmpty()) {
            return DecisionReason.PURPOSE_NOT_COVERED;
        }
        candidates = candidates.stream().filter(c -> c.scope(today).orgIds().contains(orgId)).toList();
        if (candidates.isEmpty()) {
            return DecisionReason.ORGANISATION_NOT_COVERED;
        }
        // A consent covers all but the relative asked about (without one, it would have permitted).
        return DecisionReason.RELATIVE_NOT_COVERED;
    }

    private static Outcome refused(String orgId, DecisionReason reason) {
        return new Outcome(orgId, false, null, reason);
    }
}
