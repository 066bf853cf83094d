package se.sip.platform.idempotency;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import se.sip.platform.security.Roles;

/**
 * Test only: a POST whose handler fails unexpectedly, counting how often it ran, to show that a 5xx is replayed; and
 * one whose answer cannot be written, so that its response is never stored.
 */
@Path("/api/v1/idempotency-probe")
@RolesAllowed(Roles.CASEWORKER)
public class IdempotencyProbeResource {

    static final AtomicInteger FAILURES = new AtomicInteger();

    @POST
    @Path("/failure")
    public void fail() {
        FAILURES.incrementAndGet();
        throw new IllegalStateException("the probe fails on purpose");
    }

    @POST
    @Path("/unwritable")
    public Unwritable unwritable() {
        return new Unwritable();
    }

    /** An answer no JSON writer can write. */
    public static class Unwritable {
        public String getValue() {
            throw new IllegalStateException("the answer cannot be written, on purpose");
        }
    }
}
