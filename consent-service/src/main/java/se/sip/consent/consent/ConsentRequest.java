package se.sip.consent.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.security.OrgType;

@Schema(name = "ConsentRequest", description = "A consent decision (samtyckesbeslut) to record: a consent given, or a SIP"
        + " offered and declined.")
record ConsentRequest(
        @NotNull @ValidPersonalIdentityNumber
        @Schema(description = "Personal identity or coordination number (personnummer/samordningsnummer), 12 digits;"
                + " YYYYMMDD-NNNN is accepted too", example = "191212121212", required = true) String personId,
        @NotNull @Schema(required = true) Decision decision,
        @Valid @Schema(description = "Who gave (or declined) consent. INDIVIDUAL only for a person 15 or over on"
                + " `validFrom`: a child's consent is given by the guardians or a legal representative (seed 004)")
        GivenBy givenBy,
        @Valid CoGuardian coGuardian,
        ConsentForm form,
        @Size(max = 4) @Schema(description = "What the consent permits; required when GRANTED")
        Set<@NotNull Purpose> purposes,
        @Size(max = 30) @Schema(description = "The organisations (samverkansparter) the consent names, at most 30 (as"
                + " a plan's parties); when GRANTED, the recording organisation (which obtained it) must be one of them")
        List<@Valid @NotNull PartyDto> parties,
        @Size(max = 20) @Schema(description = "Relatives (anhöriga) who may be invited, at most 20; required with"
                + " INVITE_RELATIVES") List<@Valid @NotNull RelativeDto> relatives,
        @Schema(description = "First day the consent applies; required when GRANTED", example = "2026-11-23") LocalDate validFrom,
        @Schema(description = "Last day the consent applies; open-ended if absent", example = "2027-11-22") LocalDate validUntil,
        @Size(max = 200) @Schema(description = "The entry in the journal system", example = "PROCAPITA-2026-4711") String journalRef,
        @Size(max = 4000) @Schema(description = "What the consent must NOT cover, in the individual's words; shown to every"
                + " party") String restrictions,
        @Size(max = 4000) @Schema(description = "DECLINED: the needs seen when the SIP was offered") String needsSeen,
        @Size(max = 4000) @Schema(description = "DECLINED: the individual's position") String individualPosition) {

    /** In the domain's terms, once bean validation has passed; absent parts stay {@code null}. */
    ConsentRecording toRecording() {
        return new ConsentRecording(personId, decision,
                givenBy == null ? null : new ConsentRecording.GivenBy(givenBy.role(), givenBy.name()),
                coGuardian == null ? null : coGuardian.name(), form, purposes,
                parties == null ? null
                        : parties.stream().map(p -> new ConsentRecording.NamedParty(p.orgId(), p.orgType(), p.name()))
                                .toList(),
                relatives == null ? null
                        : relatives.stream().map(r -> new ConsentRecording.NamedRelative(r.name(), r.relation(),
                                r.email(), r.phone())).toList(),
                validFrom, validUntil, journalRef, restrictions, needsSeen, individualPosition);
    }

    @Schema(name = "GivenBy")
    record GivenBy(
            @NotNull GiverRole role,
            @Size(max = 200) @Schema(description = "Required unless the individual gave it themselves") String name) {
    }

    @Schema(name = "CoGuardian", description = "The second guardian of a child in joint custody (gemensam vårdnad),"
            + " who gave the consent together with `givenBy`; only when `givenBy.role` is GUARDIAN, and only for a"
            + " child (under 18 on `validFrom`). Either guardian may later withdraw it (`withdrawnBy`).")
    record CoGuardian(
            @NotBlank @Size(max = 200) @Schema(example = "Per Berg", required = true) String name) {
    }

    @Schema(name = "Party", description = "An organisation (samverkanspart)")
    record PartyDto(
            @NotBlank @Size(max = 100) @Schema(example = "region-stockholm-beroende") String orgId,
            @NotNull OrgType orgType,
            @NotBlank @Size(max = 200) @Schema(example = "Beroendecentrum Stockholm") String name) {
    }

    @Schema(name = "Relative", description = "A relative (anhörig)")
    record RelativeDto(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) @Schema(example = "sister") String relation,
            @Email @Size(max = 320) String email,
            @Size(max = 40) String phone) {
    }
}
