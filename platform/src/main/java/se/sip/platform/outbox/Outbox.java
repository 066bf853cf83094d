package se.sip.platform.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.tracing.TraceContext;

/**
 * Where a service publishes an event: into the outbox table, inside the transaction of the change it reports, so
 * there is no event without its commit and no commit without its event. The relay sends it to Kafka later.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;

    Outbox(EntityManager em, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.source = "/sip/" + application;
    }

    /**
     * Adds an event for one person. Transactions that publish for the same person are serialised from here to their
     * commit (a transaction-scoped advisory lock on the personRef), so the outbox order of one person's events is
     * their commit order and the relay can never send a later event before an earlier one has committed. The event
     * carries the trace of the span current here (the request or consumer that publishes it) to whoever handles it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String personRef, String type, String subject, Object data) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked")
                .setParameter("key", "person:" + personRef).getSingleResult();
        TraceContext trace = TraceContext.current();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(clock), "application/json", personRef, json.valueToTree(data), trace.traceparent(),
                trace.tracestate());
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.eventKey = personRef;
        row.type = type;
        row.payload = serialise(event);
        row.createdAt = clock.instant();
        em.persist(row);
        return event;
    }

    private String serialise(CloudEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }
}
