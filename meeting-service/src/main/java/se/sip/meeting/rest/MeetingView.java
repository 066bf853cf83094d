package se.sip.meeting.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.sip.meeting.Adjuster;
import se.sip.meeting.Deadline;
import se.sip.meeting.Answer;
import se.sip.meeting.Invitee;
import se.sip.meeting.InviteeKind;
import se.sip.meeting.Meeting;
import se.sip.meeting.MeetingFormat;
import se.sip.meeting.MeetingStatus;
import se.sip.meeting.MeetingType;
import se.sip.meeting.Minutes;
import se.sip.meeting.MinutesStatus;
import se.sip.meeting.NoticeKind;
import se.sip.meeting.InvitationResponse;
import se.sip.meeting.service.MeetingOutlook;
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
        String chair,
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

    static MeetingView of(Meeting m, MeetingOutlook outlook) {
        return of(m, outlook, null);
    }

    /** With the terms of the plan's consent, for the read of one meeting; null leaves {@code consent} out. */
    static MeetingView of(Meeting m, MeetingOutlook outlook, ConsentTerms consent) {
        return new MeetingView(m.id, m.planId, m.personId, m.type, m.status, m.startsAt.atOffset(ZoneOffset.UTC),
                m.durationMinutes, m.format, m.location, m.videoLink,
                m.invitees.stream().map(InviteeView::of).toList(), m.chair, m.noteTaker, m.noteTakerOrg,
                m.adjusters.stream().map(AdjusterView::of).toList(), m.organiserOrg,
                m.responses.stream().map(ResponseView::of).toList(), m.obligedInviteeDeclined(),
                m.heldAt == null ? null : m.heldAt.atOffset(ZoneOffset.UTC), List.copyOf(m.attendees), m.cancelReason,
                m.currentMinutes().map(MinutesSummary::of).orElse(null),
                new Deadlines(outlook.minutesToAdjusters(), outlook.adjustersAnswer()), outlook.nextFollowUpMissing(),
                m.sequence, m.version, consent);
    }

    @Schema(name = "MeetingInviteeView", description = "An invitee and the notice they receive")
    public record InviteeView(UUID id, InviteeKind kind, String orgId, OrgType orgType, String name, String email,
            String phone,
            @Schema(description = "KALLELSE: a notice to attend, obliging (a MUNICIPALITY or REGION party);"
                    + " INBJUDAN: an invitation") NoticeKind noticeKind) {

        static InviteeView of(Invitee i) {
            return new InviteeView(i.id, i.kind, i.orgId, i.orgType, i.name, i.email, i.phone, i.noticeKind);
        }
    }

    @Schema(name = "MeetingResponseView", description = "An invitee's answer")
    public record ResponseView(UUID inviteeId, Answer answer, OffsetDateTime proposedStartsAt,
            @Schema(description = "The invitee had a kallelse (notice to attend)") boolean obligedToAttend,
            OffsetDateTime answeredAt) {

        static ResponseView of(InvitationResponse r) {
            return new ResponseView(r.inviteeId, r.answer,
                    r.proposedStartsAt == null ? null : r.proposedStartsAt.atOffset(ZoneOffset.UTC), r.obligedToAttend,
                    r.answeredAt.atOffset(ZoneOffset.UTC));
        }
    }

    @Schema(name = "MeetingDeadlines", description = "Each with dueBy (a date, Europe/Stockholm) and status: MET"
            + " (done by then), DUE (not done, still on time), OVERDUE (not done by then, also when done late)")
    public record Deadlines(
            @Schema(description = "The note-taker sends the minutes to the adjusters within a week of the meeting;"
                    + " null for a cancelled meeting") Deadline minutesToAdjusters,
            @Schema(description = "The adjusters answer (approve or comment) within a week of the latest"
                    + " submission; null until minutes are submitted") Deadline adjustersAnswer) {
    }

    @Schema(name = "MinutesSummary", description = "Where the minutes stand: their revision, status and the"
            + " adjusters' answers (with any comment)")
    public record MinutesSummary(int revision, MinutesStatus status, OffsetDateTime submittedAt,
            OffsetDateTime approvedAt, LocalDate nextFollowUp, List<MinutesView.ApprovalView> approvals) {

        static MinutesSummary of(Minutes m) {
            MinutesView v = MinutesView.of(m);
            return new MinutesSummary(v.revision(), v.status(), v.submittedAt(), v.approvedAt(), v.nextFollowUp(),
                    v.approvals());
        }
    }

    @Schema(name = "MeetingAdjusterView")
    public record AdjusterView(UUID id, String name, String orgId) {

        static AdjusterView of(Adjuster a) {
            return new AdjusterView(a.id, a.name, a.orgId);
        }
    }
}
