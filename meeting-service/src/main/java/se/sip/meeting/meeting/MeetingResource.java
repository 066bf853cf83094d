package se.sip.meeting.meeting;

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

import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.Problem;
import se.sip.platform.rest.Versions;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

/**
 * A meeting's own life: book, read, list, move and cancel. The invitation's and the minutes' resources, beside it on
 * the same paths, answer their changes of a meeting as it does ({@link #current}).
 */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Möten. Meetings about a person's plan (SIP-möte, samverkansmöte, …) and their"
        + " invitations: in a SIP-möte a kallelse (notice to attend, obliging) to a municipality or region party, an"
        + " inbjudan (invitation) to everyone else and to every invitee of other meetings")
public class MeetingResource {

    @Inject
    MeetingService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "bookMeeting", summary = "Book a meeting and send the kallelse/inbjudan (boka SIP-möte"
            + " eller samverkansmöte)",
            description = "Books a SCHEDULED meeting about an ACTIVE plan whose party the caller's organisation is."
                    + " A SIP-möte needs a REGION party among the invitees; a samverkansmöte (COLLABORATION) must not"
                    + " have one. In LVM aftercare the individual and SiS (while a party of the plan) are invited to"
                    + " every meeting but an OFFICIALS one. An OFFICIALS meeting (tjänstemannamöte) is between officials:"
                    + " the individual and relatives are never invited (422), and its minutes are internal, never an"
                    + " agreed plan version (seeds 000, 004). A START_UP meeting (uppstartsmöte) is convened and chaired"
                    + " by the plan's lead organisation (422 otherwise; seed 004). A meeting of a youth assignment"
                    + " (YOUTH_ASSIGNMENT) about a child under 18 on the meeting's day (Europe/Stockholm) invites at"
                    + " least one guardian (vårdnadshavare), a RELATIVE invitee with relation GUARDIAN in any case,"
                    + " whom a consent in force names like every relative (422 otherwise; seed 004: the family takes"
                    + " part in the start-up and the follow-ups); an OFFICIALS meeting, which invites no relatives, is"
                    + " the exception. relation is for a RELATIVE only (422 for another kind). A"
                    + " DIGITAL meeting has a videoLink, a PHYSICAL one a location. The videoLink is an absolute https"
                    + " URL with a host name, without user info, spaces or control characters (anything else is a 400"
                    + " naming videoLink); an invitee's email is a plain address, without spaces, quotes, control"
                    + " characters or any of ( ) , : ; < > [ ] and backslash (a 400 naming it): both go into the"
                    + " calendar invitation, where they cannot add a line. chair names who"
                    + " chairs and chairOrgId, a party of the plan, the chair's organisation, which the invitees'"
                    + " proposed new times reach. The two adjusters (justerare) are two named people of two different"
                    + " parties of the plan; in a SIP-möte one from a MUNICIPALITY party and one from a REGION party."
                    + " In a SIP-möte each PARTY invitee of orgType MUNICIPALITY or REGION, one of the two principals,"
                    + " receives a kallelse (noticeKind KALLELSE: a notice to attend, which obliges it); every other"
                    + " invitee, and every invitee of another type of meeting, an inbjudan (noticeKind INBJUDAN: an"
                    + " invitation, seed 003). Before anything is stored consent-service is"
                    + " asked, in one question, whether a consent in force lets the caller's organisation convene the"
                    + " meeting and covers the organisation of every PARTY invitee (CONVENE_MEETING), and then"
                    + " whether it lets each RELATIVE be invited by name (INVITE_RELATIVES). A refusal is a 422: for"
                    + " the caller's organisation its reason code only where consent-service lets that organisation"
                    + " learn it; for invitees their positions and the orgIds sent (e.g. invitees[1] (region-x)). If"
                    + " consent-service cannot answer, nothing is stored and the answer is 503. Publishes"
                    + " se.sip.meeting.scheduled.v1 (invitees by id, kind and organisation; location, videoLink and"
                    + " chairOrgId; never a name or an e-mail address).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingRequest.class),
            examples = @ExampleObject(name = "SIP-möte", value = MeetingExamples.SIP_MEETING)))
    @APIResponse(responseCode = "201", description = "Booked; Location names it, ETag carries its version",
            content = @Content(schema = @Schema(implementation = MeetingView.class),
                    examples = @ExampleObject(name = "meeting", value = MeetingExamples.MEETING)))
    @APIResponse(responseCode = "400", description = "Invalid body (e.g. no chairOrgId, a videoLink that is not an"
            + " https URL with a host, such as http:…, javascript:…, one with user info or a line break, or an e-mail"
            + " address with a quote, a colon, a semicolon or a line break): each field in error is named")
    @APIResponse(responseCode = "422", description = "A booking rule is broken (e.g. chairOrgId or an adjuster's"
            + " organisation not a party of the plan, a SIP-möte's adjusters not one from each principal, a youth"
            + " assignment's meeting for a child under 18 without a guardian), or no"
            + " consent in force permits the"
            + " meeting, covers an invited party's organisation or permits a relative's invitation; the detail gives"
            + " the hint", content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                            @ExampleObject(name = "no consent", value = MeetingExamples.NO_CONSENT),
                            @ExampleObject(name = "party not covered", value = MeetingExamples.PARTY_NOT_COVERED),
                            @ExampleObject(name = "SIP without region", value = MeetingExamples.NO_REGION),
                            @ExampleObject(name = "child without guardian", value = MeetingExamples.NO_GUARDIAN) }))
    @APIResponse(responseCode = "503", description = "consent-service cannot answer; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "consent-service down", value = MeetingExamples.CONSENT_SERVICE_DOWN)))
    public Response book(@Valid @NotNull MeetingRequest request) {
        MeetingSnapshot meeting = service.book(caller.get(), request.toBooking());
        return Response.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .tag(Versions.etag(meeting.version()))
                .entity(MeetingView.of(meeting))
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
                    examples = @ExampleObject(name = "meeting", value = MeetingExamples.MEETING_READ)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    public Response get(@PathParam("id") UUID id) {
        MeetingSnapshot meeting = service.read(caller.get(), id);
        MeetingView view = MeetingView.of(meeting, service.consentTermsOf(meeting).orElse(null));
        return Response.ok(view).tag(Versions.etag(meeting.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION })
    @Operation(operationId = "listMeetings", summary = "A person's or a plan's meetings in time order (möten och"
            + " kallelser)", description = "Give personId or planId, and optionally from/to on startsAt (with personId"
            + " discouraged: POST /api/v1/meetings/search keeps the number out of the URL). Only the"
            + " meetings the caller's organisation may see are listed and counted (see reading one).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = MeetingPage.class),
                    examples = @ExampleObject(name = "page", value = MeetingExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Neither personId nor planId, or an invalid filter, page or size")
    public Page<MeetingView> list(@Valid @BeanParam MeetingQuery query, @Valid @BeanParam PageRequest page) {
        query.requirePersonOrPlan();
        return service.list(caller.get(), query.toFilter(), page).map(MeetingView::of);
    }

    @POST
    @Path("/{id}/rescheduling")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "rescheduleMeeting", summary = "Move a meeting (flytta mötet; ny kallelse)",
            description = "A party of the plan moves a SCHEDULED meeting, with If-Match naming the version read."
                    + " The invitation keeps its iCalendar UID and its SEQUENCE rises by one, so calendars update the"
                    + " entry. With acceptsResponseId the move accepts an invitee's proposed new time (the chair's"
                    + " organisation hears of it through se.sip.meeting.answered.v1): the id of a PROPOSED_NEW_TIME"
                    + " answer of this meeting (responses[].id), startsAt being the time it proposed; that answer is"
                    + " then shown accepted. A meeting of a youth assignment that invites no guardian does not move to"
                    + " a day on which the child is under 18 (422; seed 004): its invitees do not change after"
                    + " booking. Publishes se.sip.meeting.rescheduled.v1, as for any move.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReschedulingRequest.class),
            examples = {
                    @ExampleObject(name = "a week later", value = MeetingExamples.RESCHEDULING),
                    @ExampleObject(name = "accepting a proposed time", value = MeetingExamples.ACCEPTING) }))
    @APIResponse(responseCode = "200", description = "The moved meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller; or"
            + " acceptsResponseId is not an answer of this meeting")
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED, or the proposed time was"
            + " already accepted")
    @APIResponse(responseCode = "422", description = "acceptsResponseId is not a PROPOSED_NEW_TIME answer, or"
            + " startsAt is not the time it proposed; or the meeting, of a youth assignment and inviting no guardian,"
            + " would be about a child under 18 on the new day (seed 004)")
    public Response reschedule(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull ReschedulingRequest request) {
        return current(service.reschedule(caller.get(), id, request.toRescheduling(), ifMatch));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(operationId = "cancelMeeting", summary = "Cancel a meeting (ställa in mötet; återkalla kallelsen)",
            description = "A party of the plan cancels a SCHEDULED meeting, with If-Match naming the version read:"
                    + " CANCELLED, and the invitation becomes an iCalendar METHOD:CANCEL. Meetings are also cancelled by"
                    + " the system when the person withdraws consent. Publishes se.sip.meeting.cancelled.v1.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CancellationRequest.class),
            examples = @ExampleObject(name = "ill", value = MeetingExamples.CANCELLATION)))
    @APIResponse(responseCode = "200", description = "The cancelled meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such meeting, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The meeting is no longer SCHEDULED")
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag as read", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch,
            @Valid @NotNull CancellationRequest request) {
        return current(service.cancel(caller.get(), id, request.reason(), ifMatch));
    }

    /** The meeting as it now stands, its version as the ETag: the answer to every change of it. */
    public static Response current(MeetingSnapshot meeting) {
        return Response.ok(MeetingView.of(meeting)).tag(Versions.etag(meeting.version())).build();
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
