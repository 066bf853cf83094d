package se.sip.consent.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.problem.Problem.FieldError;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.Caller;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsentService {

    private final ConsentRepository consents;
    private final PersonRefs personRefs;
    private final ConsentEvents events;
    private final Clock clock;
    private final PersonDataAccess access;
    private final ConsentAccess rule;
    private final ConsentReadAccess readRule;
    private final ConsentExpiryNotice expiryNotice;

    ConsentService(ConsentRepository consents, PersonRefs personRefs, ConsentEvents events, Clock clock,
            PersonDataAccess access, ConsentAccess rule, ConsentReadAccess readRule,
            ConsentExpiryNotice expiryNotice) {
        this.consents = consents;
        this.personRefs = personRefs;
        this.events = events;
        this.clock = clock;
        this.access = access;
        this.rule = rule;
        this.readRule = readRule;
        this.expiryNotice = expiryNotice;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Consent record(Caller caller, ConsentRecording recording) {
        checkRules(recording);
        PersonalIdentityNumber person = PersonalIdentityNumber.parse(recording.personId());
        // Who may give it depends on the person's age on the day it starts to apply (seed 004's youth routine).
        LocalDate firstDay = recording.firstDay(today());
        WhoGivesConsent.check(person, recording, firstDay);
        if (recording.decision() == Decision.GRANTED
                && recording.parties().stream().noneMatch(p -> p.orgId().equals(caller.org()))) {
            // The organisation that obtained the consent is one of those it was given to; otherwise a stranger could
            // record a consent that lets it in.
            throw ProblemException.ruleViolation("The organisation that records a consent must be one of the parties"
                    + " it names: the one that obtained it.");
        }
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.personId = person.value();
        c.personRef = personRefs.of(person);
        c.decision = recording.decision();
        c.status = recording.decision() == Decision.GRANTED ? ConsentStatus.ACTIVE : ConsentStatus.DECLINED;
        if (recording.givenBy() != null) {
            c.givenByRole = recording.givenBy().role();
            c.givenByName = recording.givenBy().name();
        }
        c.coGuardianName = recording.coGuardianName();
        c.form = recording.form();
        if (recording.purposes() != null && !recording.purposes().isEmpty()) {
            c.purposes = EnumSet.copyOf(recording.purposes());
        }
        if (recording.parties() != null) {
            recording.parties().forEach(p -> c.parties.add(new Party(p.orgId(), p.orgType(), p.name())));
        }
        if (recording.relatives() != null) {
            recording.relatives()
                    .forEach(r -> c.relatives.add(new Relative(r.name(), r.relation(), r.email(), r.phone())));
        }
        c.validFrom = firstDay;
        c.validUntil = recording.validUntil();
        c.journalRef = recording.journalRef();
        c.restrictions = recording.restrictions();
        c.needsSeen = recording.needsSeen();
        c.individualPosition = recording.individualPosition();
        c.recordedByOrg = caller.org();
        c.recordedBySub = caller.subject();
        c.recordedAt = clock.instant();
        consents.persist(access.create(caller, rule, c));
        events.recorded(c);
        expiryNotice.announceIfDue(c, today());
        return c;
    }

    /** The consent if the caller may see it; otherwise 404, as if it did not exist. Logged either way. */
    public Consent read(Caller caller, UUID id) {
        return access.read(caller, readRule, id, consents.findByIdOptional(id));
    }

    public Page<Consent> ofPerson(Caller caller, String personId, PageRequest page) {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(personId));
        LocalDate today = today();
        return access.list(caller, ConsentAccess.CONSENT, personRef, () -> new Page<>(
                consents.visibleTo(caller.org(), personRef, today, page.page, page.size), page.page, page.size,
                consents.countVisibleTo(caller.org(), personRef, today)));
    }

    /**
     * The caller's own consents and declined offers, whichever organisation recorded them, newest first: for the
     * person themselves, whose subject is their personRef.
     */
    public Page<Consent> own(Caller caller, PageRequest page) {
        if (!caller.isIndividual()) {
            // The resource admits only the person; an organisation's caller has no consents of its own.
            throw ProblemException.forbidden("Only the person themselves reads their own consents here.");
        }
        String personRef = caller.subject();
        return access.list(caller, ConsentAccess.CONSENT, personRef, () -> new Page<>(
                consents.ofPerson(personRef, page.page, page.size), page.page, page.size,
                consents.countOfPerson(personRef)));
    }

    /**
     * A person's consents, newest first, for a decision about them ({@code se.sip.consent.decision}): whoever asks must
     * check that the caller may ask, as the decisions do.
     */
    public List<ConsentOnRecord> onRecord(String personRef) {
        return consents.ofPerson(personRef).stream().map(c -> new ConsentOnRecord(c, rule)).toList();
    }

    /**
     * Withdraws it, for the recording organisation or a party it names while it is active (the individual may tell
     * any of them), or for the person themselves, their own. Anyone else gets 404, as if it did not exist.
     */
    @Transactional
    public Consent withdraw(Caller caller, UUID id, ConsentWithdrawal withdrawal, String ifMatch) {
        ConsentWithdrawal.WithdrawnBy by = caller.isIndividual() ? byThePerson(withdrawal.withdrawnBy())
                : withdrawal.withdrawnBy();
        List<FieldError> errors = new ArrayList<>();
        // Withdrawing must be as easy as consenting: the person owes no reason; an organisation records what it heard.
        if (!caller.isIndividual() && !notBlank(withdrawal.reason())) {
            errors.add(new FieldError("reason", "must not be blank"));
        }
        if (by != null && by.role() != GiverRole.INDIVIDUAL && !notBlank(by.name())) {
            errors.add(new FieldError("withdrawnBy.name",
                    "is required when a representative or guardian withdraws consent"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Consent c = access.change(caller, rule, id, consents.findByIdOptional(id));
        Versions.requireMatch(ifMatch, c.version);
        if (c.statusOn(today()) != ConsentStatus.ACTIVE) {
            throw ProblemException.conflict("Only an active consent can be withdrawn; this one is "
                    + c.statusOn(today()) + ".");
        }
        if (by != null && by.role() == GiverRole.GUARDIAN && c.givenByRole == GiverRole.GUARDIAN
                && !c.isGuardian(by.name())) {
            // Either guardian of joint custody may withdraw; someone else may not. The name stays out of the answer.
            throw ProblemException.ruleViolation("A guardian who withdraws a consent given by guardians must be one"
                    + " of them (givenBy or coGuardian).");
        }
        c.status = ConsentStatus.WITHDRAWN;
        c.withdrawnAt = clock.instant();
        c.withdrawalReason = notBlank(withdrawal.reason()) ? withdrawal.reason() : null;
        // The person withdrawing their own consent acts for no organisation: none is recorded, the role says who.
        c.withdrawnByOrg = caller.org();
        if (by != null) {
            c.withdrawnByRole = by.role();
            c.withdrawnByName = notBlank(by.name()) ? by.name().strip() : null;
        }
        events.withdrawn(c);
        return c;
    }

    /**
     * The person themselves withdraws as INDIVIDUAL, by no name: a representative or guardian tells an organisation
     * the consent concerns, which records it for them.
     */
    private static ConsentWithdrawal.WithdrawnBy byThePerson(ConsentWithdrawal.WithdrawnBy stated) {
        if (stated != null && stated.role() != GiverRole.INDIVIDUAL) {
            throw ProblemException.ruleViolation("The person themselves withdraws their consent as INDIVIDUAL; a"
                    + " representative or guardian withdraws it through an organisation the consent concerns.");
        }
        return new ConsentWithdrawal.WithdrawnBy(GiverRole.INDIVIDUAL, null);
    }

    /** Rules spanning several fields; each broken one is named, as bean validation names single fields. */
    private static void checkRules(ConsentRecording r) {
        List<FieldError> errors = new ArrayList<>();
        boolean granted = r.decision() == Decision.GRANTED;
        boolean hasPurposes = r.purposes() != null && !r.purposes().isEmpty();
        boolean hasRelatives = r.relatives() != null && !r.relatives().isEmpty();
        if (granted) {
            require(errors, r.givenBy() != null, "givenBy", "is required when the decision is GRANTED");
            require(errors, r.form() != null, "form", "is required when the decision is GRANTED");
            require(errors, hasPurposes, "purposes", "must name at least one purpose when the decision is GRANTED");
            require(errors, r.parties() != null && !r.parties().isEmpty(), "parties",
                    "must name at least one party when the decision is GRANTED");
            require(errors, r.validFrom() != null, "validFrom", "is required when the decision is GRANTED");
            boolean invitesRelatives = hasPurposes && r.purposes().contains(Purpose.INVITE_RELATIVES);
            require(errors, !invitesRelatives || hasRelatives, "relatives",
                    "must name at least one relative with the purpose INVITE_RELATIVES");
            require(errors, invitesRelatives || !hasRelatives, "relatives",
                    "are recorded only with the purpose INVITE_RELATIVES");
        } else {
            require(errors, notBlank(r.needsSeen()), "needsSeen", "is required when a SIP offer is DECLINED");
            require(errors, notBlank(r.individualPosition()), "individualPosition",
                    "is required when a SIP offer is DECLINED");
            require(errors, !hasPurposes, "purposes", "must be empty when the decision is DECLINED");
        }
        if (r.coGuardianName() != null) {
            require(errors, r.givenBy() != null && r.givenBy().role() == GiverRole.GUARDIAN, "coGuardian",
                    "is recorded only when givenBy.role is GUARDIAN");
        }
        if (r.givenBy() != null && r.givenBy().role() != GiverRole.INDIVIDUAL) {
            require(errors, notBlank(r.givenBy().name()), "givenBy.name",
                    "is required when a representative or guardian gives consent");
        }
        if (r.validFrom() != null && r.validUntil() != null) {
            require(errors, !r.validUntil().isBefore(r.validFrom()), "validUntil", "must not be before validFrom");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void require(List<FieldError> errors, boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
