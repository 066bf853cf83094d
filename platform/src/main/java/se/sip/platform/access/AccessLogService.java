package se.sip.platform.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.security.Caller;

/**
 * What an auditor reads: the accesses made by their own organisation. Each organisation follows up its own staff;
 * another organisation's accesses would tell it who else deals with the person, which it may not know. And what the
 * person reads: every access to their own data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccessLogService {

    /** Reading the access log is an access to person data too, logged under this type. */
    public static final String ACCESS_LOG = "access-log";

    private final AccessLogRepository entries;
    private final PersonDataAccess access;
    private final PersonRefs personRefs;

    AccessLogService(AccessLogRepository entries, PersonDataAccess access, PersonRefs personRefs) {
        this.entries = entries;
        this.access = access;
        this.personRefs = personRefs;
    }

    /** The auditor's organisation's accesses, to one person's data if {@code personId} is given, newest first. */
    public Page<AccessLogEntry> ofOwnOrganisation(Caller auditor, Optional<String> personId, PageRequest page) {
        String personRef = personId.map(PersonalIdentityNumber::parse).map(personRefs::of).orElse(null);
        return access.list(auditor, ACCESS_LOG, personRef, () -> new Page<>(
                entries.byOrganisation(auditor.org(), personRef, page.page, page.size), page.page, page.size,
                entries.countByOrganisation(auditor.org(), personRef)));
    }

    /**
     * The extract the person themselves may ask for: every access to their data in this service, by any organisation
     * and by themselves, newest first.
     */
    public Page<AccessLogEntry> aboutThemselves(Caller individual, PageRequest page) {
        String personRef = individual.subject();
        return access.list(individual, ACCESS_LOG, personRef, () -> new Page<>(
                entries.byPerson(personRef, page.page, page.size), page.page, page.size,
                entries.countByPerson(personRef)));
    }
}
