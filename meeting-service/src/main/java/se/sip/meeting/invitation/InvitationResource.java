package se.sip.meeting.invitation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.meeting.meeting.AnswerService;
import se.sip.meeting.meeting.MeetingResource;
import se.sip.meeting.meeting.MeetingService;
import se.sip.meeting.meeting.MeetingSnapshot;
import se.sip.meeting.meeting.MeetingView;
import se.sip.meeting.meeting.OwnMeetingResource;
import se.sip.meeting.meeting.OwnMeetingView;
import se.sip.platform.security.Caller;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/**
 * A meeting's invitation: the invitees' answers, through the API or from their calendars, and the invitation as an
 * iCalendar file. Beside {@link MeetingResource} on the same path.
 */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
class InvitationResource {

    static final String CALENDAR = "text/calendar";

    @Inject
    AnswerService answers;

    @Inject
    MeetingService meetings;

    @Inject
    CurrentCaller caller;

    @Inject
    InvitationCalendar calendar;

    @POST
    @Path("/{id}/responses")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "answerMeeting", summary = "An invitee answers the kallelse or inbjudan (svar på"
            + " kallelse)", description = "ACCEPTED, DECLINED, TENTATIVE or PROPOSED_NEW_TIME (with"
            + " proposedStartsAt). Only the invitee's own organisation answers for it; the organiser's organisation"
            + " answers for an invitee without one (the individual, a relative): 403 otherwise. The person"
            + " themselves (role individual) answers their own invitation, the meeting's INDIVIDUAL invitee, of a"
            + " meeting about them: inviteeId left out (or their own); another invitee, or a meeting they are not"
            + " invited to, is a 422; another person's meeting or an OFFICIALS meeting (tjänstemannamöte) a 404. Their"
            + " answer records no organisation (responses[].byThePerson) and is answered with the meeting as they see"
            + " it (OwnMeeting, with yourAnswer), not the organisations' Meeting. A DECLINED"
            + " from an invitee with a kallelse (a MUNICIPALITY or REGION party of a SIP-möte, obliged to attend) is"
            + " recorded with obligedToAttend true and flagged on the meeting (obligedInviteeDeclined) for the"
            + " organiser; an inbjudan obliges no one. Each answer has an id (responses[].id): a PROPOSED_NEW_TIME is"
            + " accepted by moving the meeting with acceptsResponseId (POST …/rescheduling). Publishes"
            + " se.sip.meeting.answered.v1, with the chair's organisation (chairOrgId), which a proposed new time"
            + " reaches.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResponseRequest.class),
            examples = {
                @ExampleObject(name = "declined", value = InvitationExamples.RESPONSE),
                @ExampleObject(name = "the person proposes a new time", value = InvitationExamples.OWN_RESPONSE) }))
    @APIResponse(responseCode = "200", description = "The meeting with the answer: Meeting to an organisation,"
            + " OwnMeeting to the person themselves",
            content = @Content(schema = @Schema(anyOf = { MeetingView.class, OwnMeetingView.class }),
                    examples = @ExampleObject(name = "the person's own answer",
                            value = InvitationExamples.OWN_ANSWERED)))
    @APIResponse(responseCode = "400", description = "Invalid body, or an organisation's without inviteeId")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller (for the person"
            + " themselves: not about them, or an OFFICIALS meeting)")
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED")
    @APIResponse(responseCode = "422", description = "Not an invitee of the meeting (for the person themselves: not"
            + " their own invitation, or not invited), or a new time proposed without proposedStartsAt")
    public Response answer(@PathParam("id") UUID id, @Valid @NotNull ResponseRequest request) {
        Caller c = caller.get();
        MeetingSnapshot answered = answers.answer(c, id, request.toAnswer(c));
        return c.isIndividual() ? OwnMeetingResource.current(answered) : MeetingResource.current(answered);
    }

    @POST
    @Path("/{id}/calendar-replies")
    @Consumes(CALENDAR)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "answerMeetingFromCalendar", summary = "An invitee's calendar reply counts as an answer"
            + " (svar på kallelse från kalendern, iCalendar)",
            description = "Takes the RFC 5546 METHOD:REPLY an invitee's calendar sends to the invitation's ORGANIZER:"
                    + " one VEVENT whose UID is this meeting's (<meetingId>@sip) and one ATTENDEE whose mailto:"
                    + " address is an invitee's e-mail (compared without case). PARTSTAT ACCEPTED, DECLINED or"
                    + " TENTATIVE is recorded exactly as an answer through …/responses (TENTATIVE as the answer"
                    + " TENTATIVE), by the same organisations: the invitee's own, or the organiser's for an invitee"
                    + " without one. The reply must answer the invitation's current SEQUENCE: a reply to an earlier"
                    + " one answered a time the meeting no longer has and is refused with 409, nothing recorded."
                    + " Publishes se.sip.meeting.answered.v1.")
    @RequestBody(required = true, content = @Content(mediaType = CALENDAR,
            examples = @ExampleObject(name = "declined", value = InvitationExamples.CALENDAR_REPLY)))
    @APIResponse(responseCode = "200", description = "The meeting with the answer",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "The body is not iCalendar")
    @APIResponse(responseCode = "403", description = "The caller's organisation may not answer for that invitee")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED, or the reply answers an"
            + " earlier SEQUENCE")
    @APIResponse(responseCode = "415", description = "Not sent as text/calendar")
    @APIResponse(responseCode = "422", description = "Not a REPLY, not this meeting's UID, not one ATTENDEE who is an"
            + " invitee, or a PARTSTAT other than ACCEPTED, DECLINED or TENTATIVE")
    public Response calendarReply(@PathParam("id") UUID id, String reply) {
        return MeetingResource.current(answers.answerFromCalendar(caller.get(), id, CalendarReply.parse(reply)));
    }

    @GET
    @Path("/{id}/invitation.ics")
    @Produces(CALENDAR)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getMeetingInvitation", summary = "The kallelse or inbjudan as a calendar invitation"
            + " (kallelse som kalenderinbjudan, iCalendar)", description = "RFC 5545: METHOD:REQUEST, or METHOD:CANCEL"
            + " once the meeting is cancelled; one VEVENT whose UID stays the same for the meeting's life and whose"
            + " SEQUENCE rises with each rescheduling; times in Swedish local time"
            + " (DTSTART;TZID=Europe/Stockholm) with the Europe/Stockholm VTIMEZONE included; ATTENDEE lines for"
            + " invitees with an e-mail address (REQ-PARTICIPANT for a kallelse, to the principals of a SIP-möte;"
            + " OPT-PARTICIPANT for an inbjudan); URL with the link of a DIGITAL meeting. The SUMMARY names only the"
            + " kind of meeting. Text values (LOCATION) are escaped, names (CN) quoted, e-mail addresses after"
            + " mailto: and the URL percent-encoded where a URI demands it, and every line folded at 75 octets:"
            + " no booked value (a place, a name, an address, a link) can end its line and add a property or an"
            + " ATTENDEE; other control characters become spaces. Visible as the meeting is; also to the person"
            + " themselves (role individual) for a meeting about them, but not for an OFFICIALS meeting"
            + " (tjänstemannamöte), held between officials without them: 404, as for another person's meeting.")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(mediaType = CALENDAR,
                    examples = @ExampleObject(name = "SIP-möte", value = InvitationExamples.ICS)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller (for the person"
            + " themselves: not about them, or an OFFICIALS meeting)")
    public String invitation(@PathParam("id") UUID id) {
        return calendar.of(meetings.read(caller.get(), id));
    }
}
