package se.sip.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import se.sip.platform.problem.ProblemException;

/**
 * Paths under /api that no resource serves would otherwise fall through to the HTTP layer's bare 404; this answers
 * them with a problem like every other error. Permitted to all: it reveals nothing but "no such path".
 */
@Path("/api/{unknown: .*}")
@PermitAll
public class UnknownApiPathResource {

    @GET
    @Operation(hidden = true)
    public void get() {
        throw noSuchPath();
    }

    @POST
    @Operation(hidden = true)
    public void post() {
        throw noSuchPath();
    }

    @PUT
    @Operation(hidden = true)
    public void put() {
        throw noSuchPath();
    }

    @PATCH
    @Operation(hidden = true)
    public void patch() {
        throw noSuchPath();
    }

    @DELETE
    @Operation(hidden = true)
    public void delete() {
        throw noSuchPath();
    }

    private static ProblemException noSuchPath() {
        return ProblemException.notFound("Path");
    }
}
