package se.sip.platform.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import se.sip.platform.access.AccessOutcome;
import se.sip.platform.security.Roles;

/** Test only: a read with a query parameter of each type the services type theirs with. */
@Path("/api/v1/query-probe")
@RolesAllowed(Roles.CASEWORKER)
public class QueryProbeResource {

    @GET
    public String read(@QueryParam("outcome") AccessOutcome outcome, @QueryParam("id") UUID id,
            @QueryParam("from") OffsetDateTime from, @QueryParam("on") LocalDate on, @QueryParam("n") Integer n) {
        return outcome + " " + id + " " + from + " " + on + " " + n;
    }
}
