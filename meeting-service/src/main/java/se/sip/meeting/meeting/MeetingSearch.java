package se.sip.meeting.meeting;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.person.ValidPersonalIdentityNumber;

@Schema(name = "MeetingSearch", description = "A person's meetings, the number in the body instead of the URL")
record MeetingSearch(
        @NotNull @ValidPersonalIdentityNumber @Schema(description = "Personal identity or coordination number",
                example = "191212121212", required = true) String personId,
        @Schema(description = "Meetings starting at or after this time", example = "2026-12-01T00:00:00+01:00")
        OffsetDateTime from,
        @Schema(description = "Meetings starting before this time", example = "2027-01-01T00:00:00+01:00")
        OffsetDateTime to) {

    MeetingFilter toFilter() {
        return new MeetingFilter(personId, null, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant());
    }
}
