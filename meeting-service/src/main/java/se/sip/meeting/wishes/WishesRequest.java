package se.sip.meeting.wishes;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.meeting.meeting.IndividualWishes;
import se.sip.meeting.meeting.MeetingFormat;

@Schema(name = "MeetingWishesRequest", description = "The individual's wishes before the meeting, in their words")
record WishesRequest(
        @NotNull @Size(max = 20) @Schema(required = true, description = "Whom the individual wants invited (a name or"
                + " a role, as they say it); empty when no one")
        List<@NotBlank @Size(max = 200) String> wantsInvited,
        @NotNull @Size(max = 20) @Schema(required = true, description = "What the individual wants the meeting to take"
                + " up; empty when nothing in particular")
        List<@NotBlank @Size(max = 500) String> topics,
        @Schema(description = "How the individual prefers to meet, if they said") MeetingFormat preferredFormat,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Who recorded the wishes (name, role)",
                example = "Karin Lund, socialsekreterare") String recordedBy) {

    /** In the domain's terms, once bean validation has passed. */
    IndividualWishes toWishes() {
        return new IndividualWishes(wantsInvited, topics, preferredFormat, recordedBy);
    }
}
