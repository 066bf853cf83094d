package se.sip.platform.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code personref} is an extension attribute (lower-case
 * alphanumerics, as the spec requires) carrying the pseudonymous person reference that is also the Kafka key.
 * {@code traceparent} and {@code tracestate} are the Distributed Tracing extension: the W3C trace context of the
 * transaction that published the event, absent when tracing is off.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String personref,
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    /** The Kafka {@code content-type} header of a structured-mode CloudEvent (Kafka protocol binding). */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An event published outside any trace. */
    public CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
            String datacontenttype, String personref, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, personref, data, null, null);
    }
}
