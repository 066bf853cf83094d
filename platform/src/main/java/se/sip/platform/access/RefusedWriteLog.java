package se.sip.platform.access;

import java.time.Clock;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A write let through the access check but then refused with 403 by a rule of the service (only the lead closes a
 * plan, only the organiser records a meeting as held): its PERMITTED row rolled back with the change, so the attempt
 * is logged again, DENIED, in a transaction of its own. Refusals for other reasons (409, 412, 422) are not accesses
 * denied, and leave no row, like the change they refused.
 */
public class RefusedWriteLog {

    private final AccessLogWriter log;
    private final Clock clock;
    private final RequestAccesses requestAccesses;

    RefusedWriteLog(AccessLogWriter log, Clock clock, RequestAccesses requestAccesses) {
        this.log = log;
        this.clock = clock;
        this.requestAccesses = requestAccesses;
    }

    @ServerResponseFilter
    public void logRefusedWrites(ContainerResponseContext response) {
        if (response.getStatus() != Status.FORBIDDEN.getStatusCode()) {
            return;
        }
        for (AccessLogEntry write : requestAccesses.writes()) {
            log.appendDespiteFailure(write.refusedAt(clock.instant()));
        }
    }
}
