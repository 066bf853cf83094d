package se.sip.plan.schedule;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.sip.platform.problem.Problem;
import se.sip.platform.security.CurrentCaller;
import se.sip.platform.security.Roles;

@Path("/api/v1/plans/{id}/schedule")
@Tag(name = "Plans")
class ScheduleResource {

    private static final String CALENDAR = "text/calendar";
    private static final MediaType CALENDAR_FORM = MediaType.valueOf(CALENDAR);
    /**
     * The forms of {@code @Produces}, JAX-RS choosing by Accept; first the one a wildcard gets. Another Accept never
     * gets here: it is answered with 406 against {@code @Produces}.
     */
    private static final List<Variant> FORMS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE, CALENDAR_FORM).build();
    private static final MediaType CALENDAR_TYPE = MediaType.valueOf(CALENDAR + ";charset=utf-8");
    private static final MediaType HTML_TYPE = MediaType.valueOf(MediaType.TEXT_HTML + ";charset=utf-8");

    @Inject
    ScheduleService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CALENDAR, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.CASEWORKER, Roles.MANAGER, Roles.PARTNER, Roles.INTEGRATION, Roles.INDIVIDUAL })
    @Operation(operationId = "getPlanSchedule", summary = "The individual's written schedule (skriftligt underlag)",
            description = "The individual's own schedule, in time order, and split into `upcoming` (first to come"
                    + " first) and `past` (latest first): the plan's meetings the individual is invited to (never an"
                    + " OFFICIALS meeting) that are booked (SCHEDULED, whether ahead or past) or held, as"
                    + " meeting-service's events told them (cancelled ones left out), each with its place or video link"
                    + " and the organisations invited, by the names the plan gives them at read time; and the plan's"
                    + " actions that are not cancelled, with their first and last day and"
                    + " the responsible party's name (\"Du själv\" for what the individual does). The document the"
                    + " individual is handed at the follow-up 5 months into LVM care. By Accept: application/json (the"
                    + " default); text/calendar (RFC 5545: one VEVENT per item with a stable UID, meetings at their"
                    + " Europe/Stockholm time with TZID and its VTIMEZONE, actions as all-day events); text/html (a"
                    + " printable page in plain Swedish, for paper and phone). None of them carries the personal"
                    + " identity number or a name of the person. Another Accept is answered with 406. Visible as the"
                    + " plan itself is, to the person themselves (role individual) too: the same schedule, their own;"
                    + " the read is logged.")
    @APIResponse(responseCode = "200", description = "The schedule", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Schedule.class),
                    examples = @ExampleObject(name = "schedule", value = ScheduleExamples.JSON)),
            @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "calendar", value = ScheduleExamples.ICS)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "printable page", value = ScheduleExamples.HTML)) })
    @APIResponse(responseCode = "404", description = "No such plan, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ScheduleExamples.NOT_FOUND)))
    @APIResponse(responseCode = "406", description = "Accept names none of application/json, text/calendar, text/html",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not acceptable", value = ScheduleExamples.NOT_ACCEPTABLE)))
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        MediaType form = request.selectVariant(FORMS).getMediaType();
        Schedule schedule = service.of(caller.get(), id);
        if (form.equals(CALENDAR_FORM)) {
            return Response.ok(ScheduleCalendar.of(schedule), CALENDAR_TYPE)
                    .header("Content-Disposition", "inline; filename=\"schema.ics\"").build();
        }
        if (form.equals(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(PrintableSchedule.of(schedule).render(), HTML_TYPE).build();
        }
        return Response.ok(schedule, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
