package se.sip.platform.tracing;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

import se.sip.platform.events.CloudEvent;

/**
 * Where every consumer handles an event: in a span whose parent is the trace the event was published in (its
 * {@code traceparent} extension), so one request is followed from the REST call that published the event to every
 * service that handled it, and on to whatever they publish or send in turn.
 */
@ApplicationScoped
public class EventSpans {

    private final Tracer tracer;

    EventSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code effect}, the handling of {@code event} by the consumer of {@code channel}, in its span. */
    public void process(String channel, CloudEvent event, Runnable effect) {
        Span span = tracer.spanBuilder("process " + channel)
                .setParent(new TraceContext(event.traceparent(), event.tracestate()).asParent())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            effect.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
