package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.MeetingSnapshot.InviteeSnapshot;
import se.sip.meeting.meeting.MeetingSnapshot.ResponseSnapshot;
import se.sip.platform.security.OrgType;

/**
 * A meeting as the person it is about sees it (GET /api/v1/me/meetings): when, what kind, where, whether it is on,
 * who is invited, the answer to their own invitation and, once the adjusters approved them, the minutes. Smaller than
 * {@link MeetingView}, the organisations' view: no personal identity number, no invitee's e-mail or phone, nothing of
 * the organisations' work on the meeting (others' answers, adjusters, deadlines, versions), and never minutes that are
 * not approved or an adjuster's comment. Also the answer to the person's own answer (POST …/responses).
 */
@Schema(name = "OwnMeeting", description = "Ditt möte: a meeting about you, as you see it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnMeetingView(
        @Schema(description = "The meeting's id: GET /api/v1/meetings/{id}/invitation.ics gives its calendar"
                + " invitation") UUID id,
        @Schema(description = "The plan (SIP) the meeting is about") UUID planId,
        MeetingType type,
        @Schema(description = "SCHEDULED (on), HELD or CANCELLED") MeetingStatus status,
        OffsetDateTime startsAt,
        int durationMinutes,
        MeetingFormat format,
        @Schema(description = "Where, for a PHYSICAL meeting") String location,
        @Schema(description = "The link to join, for a DIGITAL meeting") String videoLink,
        @Schema(description = "Who is invited: you, the organisations and your relatives, by name")
        List<Invited> invitees,
        @Schema(description = "The latest answer to your own invitation: yours, or what an organisation recorded for"
                + " you (byYou false); absent until answered or when you are not invited")
        YourAnswer yourAnswer,
        @Schema(description = "The minutes once both adjusters approved them; absent until then")
        ApprovedMinutes minutes) {

    static OwnMeetingView of(MeetingSnapshot m) {
        MinutesSnapshot latest = m.latestMinutes();
        return new OwnMeetingView(m.id(), m.planId(), m.type(), m.status(), utc(m.startsAt()), m.durationMinutes(),
                m.format(), m.location(), m.videoLink(), m.invitees().stream().map(Invited::of).toList(),
                YourAnswer.of(m), latest != null && latest.status() == MinutesStatus.APPROVED ? ApprovedMinutes.of(latest, m.invitees())
                        : null);
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    @Schema(name = "OwnMeetingInvitee", description = "Someone invited: you (INDIVIDUAL), an organisation (PARTY) or"
            + " a relative (RELATIVE)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Invited(InviteeKind kind, String name,
            @Schema(description = "The organisation, for a PARTY") String orgId, OrgType orgType) {

        static Invited of(InviteeSnapshot i) {
            return new Invited(i.kind(), i.name(), i.orgId(), i.orgType());
        }
    }

    @Schema(name = "OwnMeetingAnswer", description = "Your answer to the invitation (ditt svar på kallelsen)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record YourAnswer(Answer answer,
            @Schema(description = "The time you proposed, with PROPOSED_NEW_TIME") OffsetDateTime proposedStartsAt,
            OffsetDateTime answeredAt,
            @Schema(description = "You gave it yourself; false when the organiser recorded it for you (by phone,"
                    + " letter)") boolean byYou) {

        /** The latest answer for the meeting's INDIVIDUAL invitee, the person; null when none. */
        static YourAnswer of(MeetingSnapshot m) {
            List<UUID> yours = m.invitees().stream().filter(i -> i.kind() == InviteeKind.INDIVIDUAL)
                    .map(InviteeSnapshot::id).toList();
            List<ResponseSnapshot> answers = m.responses().stream().filter(r -> yours.contains(r.inviteeId()))
                    .toList();
            if (answers.isEmpty()) {
                return null;
            }
            ResponseSnapshot r = answers.get(answers.size() - 1);
            return new YourAnswer(r.answer(), utc(r.proposedStartsAt()), utc(r.answeredAt()), r.byThePerson());
        }
    }

    @Schema(name = "OwnMeetingMinutes", description = "The approved minutes (justerat protokoll)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApprovedMinutes(String text, List<String> decisions,
            @Schema(description = "Who attended, by name, in the order they were invited") List<String> attendees,
            @Schema(description = "When the next follow-up is to be") LocalDate nextFollowUp,
            @Schema(description = "Why you did not attend, as the minutes record it") String absenceReason,
            OffsetDateTime approvedAt) {

        static ApprovedMinutes of(MinutesSnapshot m, List<InviteeSnapshot> invitees) {
            List<String> attended = invitees.stream().filter(i -> m.attendees().contains(i.id()))
                    .map(InviteeSnapshot::name).toList();
            return new ApprovedMinutes(m.text(), m.decisions(), attended, m.nextFollowUp(), m.absenceReason(),
                    utc(m.approvedAt()));
        }
    }
}
