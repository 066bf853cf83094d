package se.sip.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

/** A consent (samtycke) or a declined SIP offer. Immutable once recorded, but for its withdrawal. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;

    /** The twelve digits; only ever returned to callers who may see this consent. */
    @Column(name = "person_id")
    public String personId;

    @Column(name = "person_ref")
    public String personRef;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Enumerated(EnumType.STRING)
    public ConsentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by_role")
    public GiverRole givenByRole;

    @Column(name = "given_by_name")
    public String givenByName;

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

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "journal_ref")
    public String journalRef;

    public String restrictions;

    @Column(name = "needs_seen")
    public String needsSeen;

    @Column(name = "individual_position")
    public String individualPosition;

    @Column(name = "recorded_by_org")
    public String recordedByOrg;

    @Column(name = "recorded_by_sub")
    public String recordedBySub;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "withdrawn_by_org")
    public String withdrawnByOrg;

    @Version
    public int version;

    /** The status as of {@code today}: an active consent past its last valid day has expired. */
    public ConsentStatus statusOn(LocalDate today) {
        if (status == ConsentStatus.ACTIVE && validUntil != null && today.isAfter(validUntil)) {
            return ConsentStatus.EXPIRED;
        }
        return status;
    }

    /** In force on {@code today}: active, begun, not expired. */
    public boolean inForceOn(LocalDate today) {
        return statusOn(today) == ConsentStatus.ACTIVE && (validFrom == null || !today.isBefore(validFrom));
    }

    /** The organisation that recorded it, or one the individual named. */
    public boolean covers(String orgId) {
        return recordedByOrg.equals(orgId) || parties.stream().anyMatch(p -> p.orgId.equals(orgId));
    }

    public boolean namesRelative(String name) {
        return relatives.stream().anyMatch(r -> r.name.strip().equalsIgnoreCase(name.strip()));
    }
}
