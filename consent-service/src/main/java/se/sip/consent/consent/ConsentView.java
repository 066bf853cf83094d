package se.sip.consent.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "Consent", description = "A recorded consent (samtycke) or declined SIP offer")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConsentView(
        UUID id,
        @Schema(description = "Personal identity number, 12 digits; not shown to the person themselves")
        String personId,
        @Schema(description = "Pseudonymous person reference, as carried by events; not shown to the person"
                + " themselves") String personRef,
        Decision decision,
        ConsentStatus status,
        ConsentRequest.GivenBy givenBy,
        ConsentRequest.CoGuardian coGuardian,
        ConsentForm form,
        Set<Purpose> purposes,
        List<ConsentRequest.PartyDto> parties,
        List<ConsentRequest.RelativeDto> relatives,
        LocalDate validFrom,
        LocalDate validUntil,
        String journalRef,
        String restrictions,
        String needsSeen,
        String individualPosition,
        RecordedBy recordedBy,
        Withdrawal withdrawal,
        int version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecordedBy(String org, @Schema(description = "The staff member's user id; not shown to the person"
            + " themselves") String sub, Instant at) {
    }

    @Schema(name = "Withdrawal", description = "Återkallelse: when, why, the organisation that recorded it (none when"
            + " the person withdrew it themselves) and, when given, who withdrew the consent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Withdrawal(Instant at, String reason, String org, WithdrawalRequest.WithdrawnBy by) {
    }

    static ConsentView of(Consent c, LocalDate today) {
        return of(c, today, false);
    }

    /**
     * What the person themselves reads of their own consent: what it says and who decided and recorded it, but not
     * their number (they know it), the pseudonym, a staff member's user id or a relative's contact details, which are
     * other people's data.
     */
    static ConsentView forThePerson(Consent c, LocalDate today) {
        return of(c, today, true);
    }

    private static ConsentView of(Consent c, LocalDate today, boolean thePerson) {
        return new ConsentView(c.id, thePerson ? null : c.personId, thePerson ? null : c.personRef, c.decision,
                c.statusOn(today),
                c.givenByRole == null ? null : new ConsentRequest.GivenBy(c.givenByRole, c.givenByName),
                c.coGuardianName == null ? null : new ConsentRequest.CoGuardian(c.coGuardianName),
                c.form, Set.copyOf(c.purposes),
                c.parties.stream().map(p -> new ConsentRequest.PartyDto(p.orgId, p.orgType, p.name)).toList(),
                c.relatives.stream().map(r -> new ConsentRequest.RelativeDto(r.name, r.relation,
                        thePerson ? null : r.email, thePerson ? null : r.phone)).toList(),
                c.validFrom, c.validUntil, c.journalRef, c.restrictions, c.needsSeen, c.individualPosition,
                new RecordedBy(c.recordedByOrg, thePerson ? null : c.recordedBySub, c.recordedAt),
                c.withdrawnAt == null ? null : new Withdrawal(c.withdrawnAt, c.withdrawalReason, c.withdrawnByOrg,
                        c.withdrawnByRole == null ? null
                                : new WithdrawalRequest.WithdrawnBy(c.withdrawnByRole, c.withdrawnByName)),
                c.version);
    }
}
