package se.sip.meeting.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.security.OrgType;

@Schema(name = "MeetingRequest", description = "A meeting to book and the invitations to send")
record MeetingRequest(
        @NotNull @Schema(required = true, description = "The plan the meeting is about") UUID planId,
        @NotNull @ValidPersonalIdentityNumber
        @Schema(description = "Personal identity or coordination number, 12 digits; must be the plan's person",
                example = "191212121212", required = true) String personId,
        @NotNull @Schema(required = true, description = "SIP (SIP-möte), COLLABORATION (samverkansmöte), OFFICIALS"
                + " (tjänstemannamöte), FOLLOW_UP (uppföljning), START_UP (uppstart)") MeetingType type,
        @NotNull @Schema(required = true, example = "2026-12-10T09:00:00+01:00") OffsetDateTime startsAt,
        @NotNull @Min(value = 15, message = "must be between 15 and 480")
        @Max(value = 480, message = "must be between 15 and 480") @Schema(required = true, example = "90")
        Integer durationMinutes,
        @NotNull @Schema(required = true) MeetingFormat format,
        @Size(max = 300) @Schema(description = "Where, for a PHYSICAL meeting: a place, sent with the invitation and"
                + " the meeting's events, so it must say nothing about the person", example = "Stadshuset, rum 3")
        String location,
        @Size(max = 500) @Pattern(regexp = RequestPatterns.HTTPS_URL, message = "must be an https URL"
                + " (https://host/path): a host name, no user info, no spaces or control characters")
        @Schema(format = "uri", description = "The link, for a DIGITAL meeting: an absolute https URL (RFC 3986) with"
                + " a host name (letters, digits, hyphens and dots; an optional port), no user info (nothing@ before"
                + " the host), no spaces or control characters (other characters percent-encoded). It is sent with the"
                + " invitation and the meeting's events, so it must say nothing about the person",
                example = "https://meet.example.se/abc")
        String videoLink,
        @NotEmpty @Size(max = 40) @Schema(required = true, description = "Who is called. In a SIP-möte (type SIP)"
                + " a PARTY of orgType MUNICIPALITY or REGION, one of the two principals, receives a kallelse (notice to"
                + " attend, obliging); every other invitee, and every invitee of another type of meeting, an inbjudan"
                + " (invitation)") List<@Valid @NotNull InviteeDto> invitees,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Who chairs (mötesledare), by name")
        String chair,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "The chair's organisation, a party of the"
                + " plan: an invitee's proposed new time reaches it", example = "kommun-0583") String chairOrgId,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Who takes the minutes (sekreterare)")
        String noteTaker,
        @NotBlank @Size(max = 100) @Schema(required = true, description = "The note-taker's organisation, a party of"
                + " the plan: only a caller of this organisation submits the minutes", example = "kommun-0583")
        String noteTakerOrgId,
        @NotNull @Size(min = 2, max = 2, message = "must be two")
        @Schema(required = true, description = "The two who adjust the minutes (justerare): two named people of two"
                + " different parties of the plan; in a SIP-möte one from a MUNICIPALITY party and one from a REGION"
                + " party, one from each principal") List<@Valid @NotNull AdjusterDto> adjusters) {

    /** In the domain's terms, once bean validation has passed. */
    MeetingBooking toBooking() {
        return new MeetingBooking(planId, personId, type, startsAt.toInstant(), durationMinutes, format, location,
                videoLink, invitees.stream().map(i -> new MeetingBooking.NewInvitee(i.id(), i.kind(), i.orgId(),
                        i.orgType(), i.name(), i.email(), i.phone(), i.relation())).toList(),
                chair, chairOrgId, noteTaker, noteTakerOrgId,
                adjusters.stream().map(a -> new MeetingBooking.NewAdjuster(a.id(), a.name(), a.orgId())).toList());
    }

    @Schema(name = "MeetingInvitee", description = "One invitee")
    record InviteeDto(
            @Schema(description = "Kept if given; otherwise assigned") UUID id,
            @NotNull InviteeKind kind,
            @Size(max = 100) @Schema(description = "Required for a PARTY", example = "region-ostergotland-beroende")
            String orgId,
            @Schema(description = "Required for a PARTY") OrgType orgType,
            @NotBlank @Size(max = 200) @Schema(example = "Beroendemottagningen") String name,
            @Email @Size(max = 320) @Pattern(regexp = RequestPatterns.PLAIN_ADDRESS, message = "must be a plain"
                    + " e-mail address: no spaces, quotes or control characters, and none of ( ) , : ; < > [ ] or a"
                    + " backslash")
            @Schema(description = "Where the calendar invitation goes: an e-mail address (name@example.se) without"
                    + " spaces, quotes or control characters and without any of ( ) , : ; < > [ ] or a backslash (so"
                    + " no quoted local part and no address literal)", example = "beroende@region.example.se")
            String email,
            @Size(max = 40) String phone,
            // Not blank, written so that Java and ECMA-262 (the partners' validators) read it alike.
            @Size(max = 100) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
            @Schema(description = "A RELATIVE only (422 for another kind): how the relative is related to the"
                    + " individual, e.g. sister. GUARDIAN (in any case) marks a guardian (vårdnadshavare): a meeting"
                    + " of a youth assignment (YOUTH_ASSIGNMENT) for a child under 18 on the meeting's day invites at"
                    + " least one, unless it is an OFFICIALS meeting, which invites no relatives (seed 004). Shown"
                    + " with the meeting's invitees, never on an event", example = "GUARDIAN") String relation) {
    }

    @Schema(name = "MeetingAdjuster", description = "An adjuster of the minutes (justerare)")
    record AdjusterDto(
            @Schema(description = "Kept if given; otherwise assigned") UUID id,
            @NotBlank @Size(max = 200) @Schema(example = "Anna Berg") String name,
            @NotBlank @Size(max = 100) @Schema(example = "kommun-0583") String orgId) {
    }
}
