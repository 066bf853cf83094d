package se.sip.meeting.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.meeting.Meeting;
import se.sip.meeting.invitation.CalendarReply;
import se.sip.meeting.invitation.InvitationCalendar;
import se.sip.meeting.service.MeetingService;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings (möten)", description = "Meetings about a person's plan (SIP-möte, samverkansmöte, …) and their"
        + " invitations: a kallelse (notice to attend, obliging) to a municipality or region party, an inbjudan"
        + " (invitation) to everyone else")
public class MeetingResource {

    static final String CALENDAR = "text/calendar";

    @Inject
    MeetingService service;

    @Inject
    CurrentCaller caller;

    @Inject
    InvitationCalendar calendar;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "bookMeeting", summary = "Book a meeting and send the kallelse/inbjudan (boka SIP-möte"
            + " eller samverkansmöte)",
            description = "Books a SCHEDULED meeting about an ACTIVE plan whose party the caller's organisation is."
                    + " A SIP-möte needs a REGION party among the invitees; a samverkansmöte (COLLABORATION) must not"
                    + " have one. In LVM aftercare the individual and SiS (while a party of the plan) are invited. A"
                    + " DIGITAL meeting has a videoLink, a PHYSICAL one a location; the two adjusters (justerare) come"
                    + " from two different organisations. Each PARTY invitee of orgType MUNICIPALITY or REGION receives"
                    + " a kallelse (noticeKind KALLELSE: a notice to attend, which obliges it); every other invitee an"
                    + " inbjudan (noticeKind INBJUDAN: an invitation). Before anything is stored consent-service is"
                    + " asked, in one question, whether a consent in force lets the caller's organisation convene the"
                    + " meeting and covers the organisation of every PARTY invitee (CONVENE_MEETING), and then"
                    + " whether it lets each RELATIVE be invited by name (INVITE_RELATIVES). A refusal is a 422: for"
                    + " the caller's organisation its reason code only where consent-service lets that organisation"
                    + " learn it; for invitees their positions and the orgIds sent (e.g. invitees[1] (region-x)). If"
                    + " consent-service cannot answer, nothing is stored and the answer is 503. Publishes"
                    + " se.sip.meeting.scheduled.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingRequest.class),
            examples = @ExampleObject(name = "SIP-möte", value = Examples.SIP_MEETING)))
    @APIResponse(responseCode = "201", description = "Booked; Location names it, ETag carries its version",
            content = @Content(schema = @Schema(implementation = MeetingView.class),
                    examples = @ExampleObject(name = "meeting", value = Examples.MEETING)))
    @APIResponse(responseCode = "400", description = "Invalid body: each field in error is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A booking rule is broken, or no consent in force permits the"
            + " meeting, covers an invited party's organisation or permits a relative's invitation; the detail gives"
            + " the hint", content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                            @ExampleObject(name = "no consent", value = Examples.NO_CONSENT),
                            @ExampleObject(name = "party not covered", value = Examples.PARTY_NOT_COVERED),
                            @ExampleObject(name = "SIP without region", value = Examples.NO_REGION) }))
    @APIResponse(responseCode = "503", description = "consent-service cannot answer; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "consent-service down", value = Examples.CONSENT_SERVICE_DOWN)))
    public Response book(@Valid @NotNull MeetingRequest request) {
        Meeting meeting = service.book(caller.get(), request);
        return Response.created(URI.create("/api/v1/meetings/" + meeting.id))
                .tag(Versions.etag(meeting.version))
                .entity(view(meeting))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "getMeeting", summary = "Read one meeting (läs möte och kallelse)",
            description = "Visible as its plan is: to the plan's lead organisation always, and to another party of"
                    + " the plan while a consent in force shares the person's information with it. 404 when the"
                    + " meeting does not exist or the caller may not see it: the answer does not tell the two apart."
                    + " The view shows the minutes' deadlines (to the adjusters within a week of the meeting; the"
                    + " adjusters' answer within a week of the submission), each MET, DUE or OVERDUE, and flags a HELD"
                    + " meeting that booked no next follow-up (nextFollowUpMissing). consent shows the consent"
                    + " (samtycke) the meeting's plan rests on, as consent-service answers now: its id, last valid"
                    + " day (validUntil) and restrictions (what it must not cover); absent when meeting-service does"
                    + " not know the plan's consent. When consent-service does not answer within 2 s the meeting is"
                    + " still answered, with consent.available false and consent.note \"inte tillgängligt\". Only"
                    + " this read shows it: lists and the answers to changes do not.")
    @APIResponse(responseCode = "200", description = "The meeting; ETag carries its version",
            content = @Content(schema = @Schema(implementation = MeetingView.class),
                    examples = @ExampleObject(name = "meeting", value = Examples.MEETING_READ)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Meeting meeting = service.read(caller.get(), id);
        MeetingView view = MeetingView.of(meeting, service.outlook(meeting),
                service.consentTermsOf(meeting).orElse(null));
        return Response.ok(view).tag(Versions.etag(meeting.version)).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "listMeetings", summary = "A person's or a plan's meetings in time order (möten och"
            + " kallelser)", description = "Give personId or planId, and optionally from/to on startsAt. Only the"
            + " meetings the caller's organisation may see are listed and counted (see reading one).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = MeetingPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", description = "Neither personId nor planId, or an invalid filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MeetingView> list(@Valid @BeanParam MeetingQuery query, @Valid @BeanParam PageRequest page) {
        query.requirePersonOrPlan();
        return service.list(caller.get(), query, page).map(this::view);
    }

    @POST
    @Path("/{id}/responses")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "answerMeeting", summary = "An invitee answers the kallelse or inbjudan (svar på"
            + " kallelse)", description = "ACCEPTED, DECLINED, TENTATIVE or PROPOSED_NEW_TIME (with"
            + " proposedStartsAt). Only the invitee's own organisation answers for it; the organiser's organisation"
            + " answers for an invitee without one (the individual, a relative): 403 otherwise. A DECLINED"
            + " from an invitee with a kallelse (a MUNICIPALITY or REGION party, obliged to attend) is recorded with"
            + " obligedToAttend true and flagged on the meeting (obligedInviteeDeclined) for the organiser. Publishes"
            + " se.sip.meeting.answered.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResponseRequest.class),
            examples = @ExampleObject(name = "declined", value = Examples.RESPONSE)))
    @APIResponse(responseCode = "200", description = "The meeting with the answer",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not an invitee of the meeting, or a new time proposed without proposedStartsAt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response answer(@PathParam("id") UUID id, @Valid @NotNull ResponseRequest request) {
        return current(service.answer(caller.get(), id, request));
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
            examples = @ExampleObject(name = "declined", value = Examples.CALENDAR_REPLY)))
    @APIResponse(responseCode = "200", description = "The meeting with the answer",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "The body is not iCalendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's organisation may not answer for that invitee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED, or the reply answers an"
            + " earlier SEQUENCE", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as text/calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a REPLY, not this meeting's UID, not one ATTENDEE who is an"
            + " invitee, or a PARTSTAT other than ACCEPTED, DECLINED or TENTATIVE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calendarReply(@PathParam("id") UUID id, String reply) {
        return current(service.answerFromCalendar(caller.get(), id, CalendarReply.parse(reply)));
    }

    @POST
    @Path("/{id}/rescheduling")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "rescheduleMeeting", summary = "Move a meeting (flytta mötet; ny kallelse)",
            description = "A party of the plan moves a SCHEDULED meeting, with If-Match naming the version read."
                    + " The invitation keeps its iCalendar UID and its SEQUENCE rises by one, so calendars update the"
                    + " entry. Publishes se.sip.meeting.rescheduled.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReschedulingRequest.class),
            examples = @ExampleObject(name = "a week later", value = Examples.RESCHEDULING)))
    @APIResponse(responseCode = "200", description = "The moved meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reschedule(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull ReschedulingRequest request) {
        return current(service.reschedule(caller.get(), id, request.startsAt(), ifMatch));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "cancelMeeting", summary = "Cancel a meeting (ställa in mötet; återkalla kallelsen)",
            description = "A party of the plan cancels a SCHEDULED meeting, with If-Match naming the version read:"
                    + " CANCELLED, and the invitation becomes an iCalendar METHOD:CANCEL. Meetings are also cancelled by"
                    + " the system when the person withdraws consent. Publishes se.sip.meeting.cancelled.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CancellationRequest.class),
            examples = @ExampleObject(name = "ill", value = Examples.CANCELLATION)))
    @APIResponse(responseCode = "200", description = "The cancelled meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull CancellationRequest request) {
        return current(service.cancel(caller.get(), id, request.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "recordMeetingHeld", summary = "Record that a meeting took place (mötet har hållits)",
            description = "The organiser's organisation records that a SCHEDULED meeting took place, once it has"
                    + " started, naming the invitees who attended: HELD. (Submitting minutes does the same.) If-Match"
                    + " is optional; a stale one is refused. Publishes se.sip.meeting.held.v1 with the attendees'"
                    + " organisations and the date of the plan's next SCHEDULED meeting, if one is booked.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HeldRequest.class),
            examples = @ExampleObject(name = "two attended", value = Examples.HELD)))
    @APIResponse(responseCode = "200", description = "The held meeting; ETag carries its version",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's organisation is not the organiser's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The meeting is not SCHEDULED (already held, or cancelled)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The meeting has not started yet, or an attendee is not an invitee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response held(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read; optional") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull HeldRequest request) {
        return current(service.hold(caller.get(), id, request.attendees(), ifMatch));
    }

    @GET
    @Path("/{id}/invitation.ics")
    @Produces(CALENDAR)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "getMeetingInvitation", summary = "The kallelse or inbjudan as a calendar invitation"
            + " (kallelse som kalenderinbjudan, iCalendar)", description = "RFC 5545: METHOD:REQUEST, or METHOD:CANCEL"
            + " once the meeting is cancelled; one VEVENT whose UID stays the same for the meeting's life and whose"
            + " SEQUENCE rises with each rescheduling; times in Swedish local time"
            + " (DTSTART;TZID=Europe/Stockholm) with the Europe/Stockholm VTIMEZONE included; ATTENDEE lines for"
            + " invitees with an e-mail address"
            + " (REQ-PARTICIPANT for a kallelse, OPT-PARTICIPANT for an inbjudan). The SUMMARY names only the kind of"
            + " meeting. Visible as the meeting is.")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(mediaType = CALENDAR, examples = @ExampleObject(name = "SIP-möte", value = Examples.ICS)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String invitation(@PathParam("id") UUID id) {
        return calendar.of(service.read(caller.get(), id));
    }

    private Response current(Meeting meeting) {
        return current(service, meeting);
    }

    /** The meeting as it now stands, its version as the ETag: the answer to every change of it. */
    static Response current(MeetingService service, Meeting meeting) {
        return Response.ok(MeetingView.of(meeting, service.outlook(meeting))).tag(Versions.etag(meeting.version))
                .build();
    }

    private MeetingView view(Meeting meeting) {
        return MeetingView.of(meeting, service.outlook(meeting));
    }

    /** For the OpenAPI document only: Page of MeetingView. */
    @Schema(name = "MeetingPage")
    static final class MeetingPage {
        public java.util.List<MeetingView> items;
        public int page;
        public int size;
        public long total;
    }
}
