package se.sip.plan.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One booked item of the individual's schedule: a meeting (a time of day) or an action (dates only). Labels are in
 * Swedish, as the individual reads them; the codes beside them are for systems.
 */
@Schema(name = "ScheduleItem", description = "En inbokad tid eller aktivitet i den enskildes schema")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScheduleItem(
        @Schema(description = "Stable: the calendar UID of the item (the meeting's or the action's id)",
                example = "meeting-9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f@sip")
        String uid,
        ItemKind kind,
        @Schema(description = "What it is, in Swedish", example = "Uppföljningsmöte") String title,
        @Schema(description = "Meetings: when it starts and ends (Europe/Stockholm offset)") OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "Actions: the first day, if set") LocalDate startOn,
        @Schema(description = "Actions: the last day") LocalDate dueOn,
        @Schema(description = "Meetings: SCHEDULED or HELD; actions: PLANNED, ONGOING or DONE") String status,
        @Schema(description = "Meetings: SIP, COLLABORATION, OFFICIALS, FOLLOW_UP, START_UP") String meetingType,
        @Schema(description = "Meetings: PHYSICAL or DIGITAL") String format,
        @Schema(description = "Meetings: the meeting's id in meeting-service") UUID meetingId,
        @Schema(description = "Actions: the action's id in the plan") UUID actionId,
        @Schema(description = "Actions: what is to be done") String description,
        @Schema(description = "Actions: the responsible party's organisation id, or INDIVIDUAL") String responsibleOrgId,
        @Schema(description = "Actions: the responsible party's name (\"Du själv\" for the individual)")
        String responsibleName,
        @Schema(description = "Meetings: where, when the booking says", example = "Stadshuset, rum 3") String location,
        @Schema(description = "Meetings: the link to a digital meeting, when the booking gives one") String videoLink,
        @Schema(description = "Meetings: the organisations invited, by the names the plan gives them")
        List<String> organisations) {

    enum ItemKind {
        MEETING, ACTION
    }

    boolean isMeeting() {
        return kind == ItemKind.MEETING;
    }

    /** Behind the individual on {@code now}: a meeting held or begun, an action done or past its last day. */
    boolean isPast(Instant now, LocalDate today) {
        if (isMeeting()) {
            return "HELD".equals(status) || startsAt.toInstant().isBefore(now);
        }
        return "DONE".equals(status) || dueOn.isBefore(today);
    }
}
