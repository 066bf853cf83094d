package se.sip.platform.lifecycle;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * Stops every scheduled round (outbox relays, deliveries, milestone scans) from starting once the service is shutting
 * down: the database pool and Hibernate close after this, and a round started then could only fail. A round already
 * running finishes or rolls back; its rows are picked up by the next round of this or another replica.
 */
@ApplicationScoped
public class SchedulerShutdown {

    private volatile boolean begun;

    void pause(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event, Scheduler scheduler) {
        begun = true;
        scheduler.pause();
    }

    /**
     * Whether shutdown has begun: a round that works through many rows in transactions of their own (the milestone
     * scan) stops between two of them, instead of running on into the closing database.
     */
    public boolean begun() {
        return begun;
    }
}
