package se.sip.meeting.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.MinutesSubmission;

@Schema(name = "MinutesRequest", description = "The minutes (arbetsanteckningar) as the note-taker submits them")
record MinutesRequest(
        @NotBlank @Size(max = 20000) @Schema(required = true, description = "What was said and agreed")
        String text,
        @NotNull @Size(max = 50) @Schema(required = true, description = "The decisions (beslut), one per entry")
        List<@NotBlank @Size(max = 2000) String> decisions,
        @NotEmpty @Size(max = 40) @Schema(required = true, description = "The ids of the invitees who attended")
        List<@NotNull UUID> attendees,
        @Schema(description = "The date of the next follow-up the meeting decided (Europe/Stockholm), after the"
                + " meeting's day", example = "2027-03-10") LocalDate nextFollowUp,
        @Size(max = 1000) @Schema(description = "Why the individual did not attend (Om den enskilde inte deltar –"
                + " varför), when they did not; stays in meeting-service, never on an event",
                example = "Tolvan var inlagd på sjukhus och ville att mötet hölls ändå.") String absenceReason) {

    /** In the domain's terms, once bean validation has passed; a blank absenceReason is none. */
    MinutesSubmission toSubmission() {
        return new MinutesSubmission(text, decisions, attendees, nextFollowUp,
                absenceReason == null || absenceReason.isBlank() ? null : absenceReason);
    }
}
