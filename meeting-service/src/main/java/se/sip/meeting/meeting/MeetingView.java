package se.sip.meeting.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.sip.meeting.meeting.MeetingSnapshot.AdjusterSnapshot;
import se.sip.meeting.meeting.MeetingSnapshot.InviteeSnapshot;
import se.sip.meeting.meeting.MeetingSnapshot.ResponseSnapshot;
import se.sip.meeting.meeting.MinutesSnapshot.ApprovalSnapshot;
import se.sip.platform.consent.ConsentTerms;
import se.sip.platform.security.OrgType;

@Schema(name = "Meeting", description = "A booked meeting and whom it calls")
public record MeetingView(
        UUID id,
        UUID planId,
        String personId,
        MeetingType type,
        MeetingStatus status,
        OffsetDateTime startsAt,
        int durationMinutes,
        MeetingFormat format,
        String location,
        String videoLink,
        List<InviteeView> invitees,
        @Schema(description = "Who chairs (mötesledare), by name") String chair,
        @Schema(description = "The chair's organisation, which an invitee's proposed new time reaches; null for a"
                + " meeting booked before it was recorded") String chairOrgId,
        String noteTaker,
        @Schema(description = "The note-taker's organisation, which submits the minutes") String noteTakerOrgId,
        List<AdjusterView> adjusters,
        String organiserOrg,
        List<ResponseView> responses,
        @Schema(description = "An invitee with a kallelse has declined: the organiser follows it up")
        boolean obligedInviteeDeclined,
        @Schema(description = "When it was recorded as held") OffsetDateTime heldAt,
        @Schema(description = "The ids of the invitees who attended") List<UUID> attendees,
        String cancelReason,
        @Schema(description = "The latest revision of the minutes, without its text (GET …/minutes has every"
                + " revision); null until minutes are submitted") MinutesSummary minutes,
        @Schema(description = "The minutes' deadlines (seed 001)") Deadlines deadlines,
        @Schema(description = "The meeting was HELD but booked no next follow-up: its minutes name none and no later"
                + " meeting of the plan is SCHEDULED") boolean nextFollowUpMissing,
        @Schema(description = "The invitation's iCalendar SEQUENCE: rises with each rescheduling") int sequence,
        int version,
        @Schema(description = "The consent (samtycke) the meeting's plan rests on: its id, last valid day"
                + " (validUntil) and restrictions (what it must not cover), read from consent-service when the meeting"
                + " is read. Only on reading one meeting (GET /api/v1/meetings/{id}), not in lists or in the answers"
                + " to changes; absent when meeting-service does not know the plan's consent. When consent-service"
                + " does not answer within 2 s, available is false and note says \"inte tillgängligt\", and the"
                + " rest of the meeting is still answered.")
        @JsonInclude(JsonInclude.Include.NON_NULL) ConsentTerms consent) {

    /** The meeting as every answer shows it, without the terms of its plan's consent. */
    static MeetingView of(MeetingSnapshot m) {
        return of(m, null);
    }

    /** With the terms of the plan's consent, for the read of one meeting; null leaves {@code consent} out. */
    static MeetingView of(MeetingSnapshot m, ConsentTerms consent) {
        MeetingOutlook outlook = m.outlook();
        return new MeetingView(m.id(), m.planId(), m.personId(), m.type(), m.status(), utc(m.startsAt()),
                m.durationMinutes(), m.format(), m.location(), m.videoLink(),
                m.invitees().stream().map(InviteeView::of).toList(), m.chair(), m.chairOrg(), m.noteTaker(),
                m.noteTakerOrg(),
                m.adjusters().stream().map(AdjusterView::of).toList(), m.organiserOrg(),
                m.responses().stream().map(ResponseView::of).toList(), m.obligedInviteeDeclined(), utc(m.heldAt()),
                m.attendees(), m.cancelReason(),
                m.latestMinutes() == null ? null : MinutesSummary.of(m.latestMinutes()),
                new Deadlines(outlook.minutesToAdjusters(), outlook.adjustersAnswer()), outlook.nextFollowUpMissing(),
                m.sequence(), m.version(), consent);
    }

    /** An instant as the API shows it: in UTC; null stays null. */
    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    @Schema(name = "MeetingInviteeView", description = "An invitee and the notice they receive")
    record InviteeView(UUID id, InviteeKind kind, String orgId, OrgType orgType, String name, String email,
            String phone,
            @Schema(description = "A RELATIVE only: how the relative is related to the individual, as booked; GUARDIAN"
                    + " marks a guardian (vårdnadshavare), whom a meeting of a youth assignment for a child under 18"
                    + " invites (seed 004). Null for other invitees and for relatives booked without it",
                    example = "GUARDIAN") String relation,
            @Schema(description = "KALLELSE: a notice to attend, obliging (a MUNICIPALITY or REGION party of a"
                    + " SIP-möte, one of the two principals); INBJUDAN: an invitation (every other invitee, and every"
                    + " invitee of another type of meeting)") NoticeKind noticeKind) {

        static InviteeView of(InviteeSnapshot i) {
            return new InviteeView(i.id(), i.kind(), i.orgId(), i.orgType(), i.name(), i.email(), i.phone(),
                    i.relation(), i.noticeKind());
        }
    }

    @Schema(name = "MeetingResponseView", description = "An invitee's answer")
    record ResponseView(
            @Schema(description = "The answer's id: a move accepting a PROPOSED_NEW_TIME names it (acceptsResponseId)")
            UUID id,
            UUID inviteeId, Answer answer, OffsetDateTime proposedStartsAt,
            @Schema(description = "The invitee had a kallelse (notice to attend)") boolean obligedToAttend,
            OffsetDateTime answeredAt,
            @Schema(description = "The meeting was moved to this proposed new time") boolean accepted,
            @Schema(description = "When the meeting was moved to this proposed new time; null until then")
            OffsetDateTime acceptedAt,
            @Schema(description = "The person themselves (role individual) gave this answer to their own invitation;"
                    + " false when an organisation answered") boolean byThePerson) {

        static ResponseView of(ResponseSnapshot r) {
            return new ResponseView(r.id(), r.inviteeId(), r.answer(), utc(r.proposedStartsAt()), r.obligedToAttend(),
                    utc(r.answeredAt()), r.acceptedAt() != null, utc(r.acceptedAt()), r.byThePerson());
        }
    }

    @Schema(name = "MeetingDeadlines", description = "Each with dueBy (a date, Europe/Stockholm) and status: MET"
            + " (done by then), DUE (not done, still on time), OVERDUE (not done by then, also when done late)")
    record Deadlines(
            @Schema(description = "The note-taker sends the minutes to the adjusters within a week of the meeting;"
                    + " null for a cancelled meeting") Deadline minutesToAdjusters,
            @Schema(description = "The adjusters answer (approve or comment) within a week of the latest"
                    + " submission; null until minutes are submitted") Deadline adjustersAnswer) {
    }

    @Schema(name = "MinutesSummary", description = "Where the minutes stand: their revision, status and the"
            + " adjusters' answers (with any comment)")
    record MinutesSummary(int revision, MinutesStatus status, OffsetDateTime submittedAt,
            OffsetDateTime approvedAt, LocalDate nextFollowUp, List<ApprovalView> approvals) {

        static MinutesSummary of(MinutesSnapshot m) {
            return new MinutesSummary(m.revision(), m.status(), utc(m.submittedAt()), utc(m.approvedAt()),
                    m.nextFollowUp(), ApprovalView.of(m.approvals()));
        }
    }

    /** Also a part of every revision of the minutes' history (minutes feature). */
    @Schema(name = "MinutesApproval", description = "An adjuster's answer: approved, or a comment on what to correct")
    public record ApprovalView(UUID adjusterId, boolean approved, String comment, OffsetDateTime answeredAt) {

        public static List<ApprovalView> of(List<ApprovalSnapshot> approvals) {
            return approvals.stream()
                    .map(a -> new ApprovalView(a.adjusterId(), a.approved(), a.comment(), utc(a.answeredAt())))
                    .toList();
        }
    }

    @Schema(name = "MeetingAdjusterView")
    record AdjusterView(UUID id, String name, String orgId) {

        static AdjusterView of(AdjusterSnapshot a) {
            return new AdjusterView(a.id(), a.name(), a.orgId());
        }
    }
}
