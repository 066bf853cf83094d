package se.sip.consent.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import se.sip.platform.consent.ConsentScope;

/** A consent (samtycke) or a declined SIP offer. Immutable once recorded, but for its withdrawal. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;

    /** The twelve digits; only ever returned to callers who may see this consent. */
    public String personId;

    public String personRef;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    public ConsentStatus status;

    @Enumerated(EnumType.STRING)
    public GiverRole givenByRole;

    public String givenByName;

    /** The second guardian of a child in joint custody, beside {@link #givenByName}; either may withdraw. */
    public String coGuardianName;

    @Enumerated(EnumType.STRING)
    public ConsentForm form;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_purpose", joinColumns = @JoinColumn(name = "consent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose")
    public Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_party", joinColumns = @JoinColumn(name = "consent_id"))
    @OrderColumn(name = "position")
    public List<Party> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_relative", joinColumns = @JoinColumn(name = "consent_id"))
    @OrderColumn(name = "position")
    public List<Relative> relatives = new ArrayList<>();

    public LocalDate validFrom;

    public LocalDate validUntil;

    public String journalRef;

    public String restrictions;

    public String needsSeen;

    public String individualPosition;

    public String recordedByOrg;

    public String recordedBySub;

    public Instant recordedAt;

    public Instant withdrawnAt;

    public String withdrawalReason;

    public String withdrawnByOrg;

    /** Who told the organisation of the withdrawal: the individual, a representative or a guardian. */
    @Enumerated(EnumType.STRING)
    public GiverRole withdrawnByRole;

    public String withdrawnByName;

    /**
     * When its coming expiry was announced (once). Bookkeeping, not a change of the consent: it leaves the version,
     * and so the ETag a partner holds for a withdrawal's If-Match, as it was.
     */
    @OptimisticLock(excluded = true)
    public Instant expiringAnnouncedAt;

    @Version
    public int version;

    /** The status as of {@code today}: an active consent past its last valid day has expired. */
    public ConsentStatus statusOn(LocalDate today) {
        if (status == ConsentStatus.ACTIVE && validUntil != null && today.isAfter(validUntil)) {
            return ConsentStatus.EXPIRED;
        }
        return status;
    }

    /**
     * What the coverage rule every service shares ({@link se.sip.platform.consent.ConsentCoverage}) needs of it on
     * {@code today}: it covers the parties it names and the organisation that recorded it. A new consent's recorder is
     * among its parties anyway; one recorded before that rule keeps covering its recorder.
     */
    public ConsentScope scope(LocalDate today) {
        Set<String> orgIds = new HashSet<>();
        parties.forEach(p -> orgIds.add(p.orgId));
        orgIds.add(recordedByOrg);
        return new ConsentScope(id, statusOn(today) == ConsentStatus.ACTIVE, validFrom, validUntil,
                purposes.stream().map(Enum::name).collect(Collectors.toSet()), orgIds);
    }

    /**
     * Whether its coming expiry is to be announced on {@code today}: active, not announced yet, its last valid day
     * {@code noticeDays} days away or nearer but not past.
     */
    public boolean expiringNoticeDue(LocalDate today, int noticeDays) {
        return status == ConsentStatus.ACTIVE && expiringAnnouncedAt == null && validUntil != null
                && !today.isBefore(validUntil.minusDays(noticeDays)) && !today.isAfter(validUntil);
    }

    /** Given by guardians: {@code name} is one of them (case and surrounding blanks aside). */
    public boolean isGuardian(String name) {
        return givenByRole == GiverRole.GUARDIAN
                && (sameName(givenByName, name) || sameName(coGuardianName, name));
    }

    public boolean namesParty(String orgId) {
        return parties.stream().anyMatch(p -> p.orgId.equals(orgId));
    }

    public boolean namesRelative(String name) {
        return relatives.stream().anyMatch(r -> sameName(r.name, name));
    }

    private static boolean sameName(String recorded, String asked) {
        return recorded != null && asked != null && recorded.strip().equalsIgnoreCase(asked.strip());
    }
}
