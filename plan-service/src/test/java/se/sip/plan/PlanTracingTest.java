package se.sip.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.grantSharingWithRegion;
import static se.sip.plan.PlanFixtures.lvmAftercare;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.newConsentId;
import static se.sip.plan.PlanFixtures.startPlan;
import static se.sip.plan.PlanFixtures.withdrawn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.TestSpans;

/**
 * One trace from a partner's request through the outbox and Kafka to a consumer and on: each hop's span is a child
 * of the one before, and the events on the broker carry the trace as the CloudEvents traceparent and Kafka headers.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanTracingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestSpans spans;

    @Inject
    PersonRefs personRefs;

    @Test
    void aPlanCreatedInAPartnersTraceIsPublishedAsAChildOfTheRequestsSpan() throws Exception {
        String traceId = randomHex(32);
        String callerSpan = randomHex(16);
        String id = municipality().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(lvmAftercare(TestPersons.next())).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");

        SpanData request = spans.await(traceId, s -> s.getKind() == SpanKind.SERVER);
        assertEquals(callerSpan, request.getParentSpanId());

        ConsumerRecord<String, byte[]> created = awaitPlanEvents(id, 1).get(0);
        JsonNode event = JSON.readTree(created.value());
        assertEquals("00-" + traceId + "-" + request.getSpanId() + "-01", event.get("traceparent").asText());
        assertEquals(event.get("traceparent").asText(), header(created, "traceparent"));
        // Still a CloudEvent to the CloudEvents SDK, with the tracing extension as an extension attribute.
        EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        assertEquals(event.get("traceparent").asText(),
                format.deserialize(created.value()).getExtension("traceparent"));
    }

    @Test
    void aConsumerHandlesAnEventAsAChildOfItsTraceAndWhatItPublishesFollows() throws Exception {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String planId = startPlan(person);
        String consentId = newConsentId();
        grantSharingWithRegion(personRef, consentId);
        String traceId = randomHex(32);
        String publisherSpan = randomHex(16);
        ObjectNode event = (ObjectNode) JSON.readTree(withdrawn(personRef, consentId));
        event.put("traceparent", "00-" + traceId + "-" + publisherSpan + "-01");

        ConsentEventFeed.publish(personRef, JSON.writeValueAsString(event));

        SpanData consumer = spans.await(traceId, s -> s.getName().equals("process consents"));
        assertEquals(publisherSpan, consumer.getParentSpanId());
        assertEquals(SpanKind.CONSUMER, consumer.getKind());
        assertEquals(event.get("id").asText(),
                consumer.getAttributes().asMap().entrySet().stream()
                        .filter(e -> e.getKey().getKey().equals("cloudevents.event_id"))
                        .map(e -> e.getValue().toString()).findFirst().orElseThrow());
        List<ConsumerRecord<String, byte[]>> events = awaitPlanEvents(planId, 2);
        JsonNode closed = JSON.readTree(events.get(1).value());
        assertEquals("se.sip.plan.closed.v1", closed.get("type").asText());
        assertEquals("00-" + traceId + "-" + consumer.getSpanId() + "-01", closed.get("traceparent").asText());
    }

    @Test
    void anEventPublishedOutsideAnyTraceStartsOneWhereItIsHandled() throws Exception {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String planId = startPlan(person);
        String consentId = newConsentId();
        grantSharingWithRegion(personRef, consentId);

        ConsentEventFeed.publish(personRef, withdrawn(personRef, consentId));

        JsonNode closed = JSON.readTree(awaitPlanEvents(planId, 2).get(1).value());
        String traceparent = closed.get("traceparent").asText();
        String traceId = traceparent.split("-")[1];
        SpanData consumer = spans.await(traceId, s -> s.getName().equals("process consents"));
        assertFalse(consumer.getParentSpanContext().isValid(), "the consumer's span is the trace's root");
        assertEquals("00-" + traceId + "-" + consumer.getSpanId() + "-01", traceparent);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A random trace id (32) or span id (16) in hex. */
    private static String randomHex(int length) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, length);
    }
}
