package se.sip.meeting.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import se.sip.platform.person.ValidPersonalIdentityNumber;
import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;

/** The filters of the meeting list: a person or a plan, and optionally a time window on startsAt. */
class MeetingQuery {

    @QueryParam("planId")
    @Parameter(description = "The plan's meetings")
    UUID planId;

    @QueryParam("personId")
    @ValidPersonalIdentityNumber
    @Parameter(description = "The person's meetings (personal identity or coordination number)", example = "191212121212")
    String personId;

    @QueryParam("from")
    @Parameter(description = "Meetings starting at or after this time", example = "2026-12-01T00:00:00+01:00")
    OffsetDateTime from;

    @QueryParam("to")
    @Parameter(description = "Meetings starting before this time", example = "2027-01-01T00:00:00+01:00")
    OffsetDateTime to;

    /** A list is of one person's meetings: without a person or a plan there is nobody to list them for. */
    void requirePersonOrPlan() {
        if (personId == null && planId == null) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("personId", "give personId or planId")));
        }
    }

    MeetingFilter toFilter() {
        return new MeetingFilter(personId, planId, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant());
    }
}
