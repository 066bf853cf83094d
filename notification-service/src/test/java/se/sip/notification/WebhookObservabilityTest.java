package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.TestSpans;

/**
 * Webhooks as an operator follows them: each attempt a span in the trace of the event it delivers, its context
 * handed to the receiver as {@code traceparent}, and every outcome counted in {@code sip_webhook_deliveries_total}.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class WebhookObservabilityTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    PersonRefs personRefs;

    @Inject
    TestSpans spans;

    @Test
    void eachAttemptIsASpanOfTheEventsTraceAndTheReceiverGetsItsContext() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String publisherSpan = traceId.substring(0, 16);
        try (WebhookReceiver receiver = new WebhookReceiver().answering(204, 503)) {
            WebhookDeliveryTest.subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED);
            ObjectNode event = (ObjectNode) Events.JSON.readTree(
                    WebhookDeliveryTest.meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org));
            event.put("traceparent", "00-" + traceId + "-" + publisherSpan + "-01");
            String payload = Events.JSON.writeValueAsString(event);

            Events.publish(personRef, payload);

            await().atMost(ARRIVAL).until(() -> receiver.receivedFor(Events.id(payload)).size() == 2);
            SpanData consumer = spans.await(traceId, s -> s.getName().equals("process meetings"));
            assertEquals(publisherSpan, consumer.getParentSpanId());
            List<SpanData> attempts = await().atMost(ARRIVAL).until(() -> spans.all(traceId).stream()
                    .filter(s -> s.getKind() == SpanKind.CLIENT).toList(), list -> list.size() == 2);
            for (SpanData attempt : attempts) {
                assertEquals(consumer.getSpanId(), attempt.getParentSpanId(), "an attempt is a child of the handling");
            }
            List<String> sent = receiver.receivedFor(Events.id(payload)).stream()
                    .map(r -> r.header("traceparent")).toList();
            assertEquals(attempts.stream().map(a -> "00-" + traceId + "-" + a.getSpanId() + "-01").sorted().toList(),
                    sent.stream().sorted().toList());
            // The body is the event as published, its own traceparent untouched.
            assertEquals(event, Events.JSON.readTree(receiver.receivedFor(Events.id(payload)).get(0).body()));
        }
    }

    @Test
    void everyOutcomeIsCounted() {
        double delivered = deliveries("delivered");
        double failedRetry = deliveries("failed-retry");
        double parked = deliveries("parked");
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver retried = new WebhookReceiver().answering(204, 503);
                WebhookReceiver gone = new WebhookReceiver().answering(410)) {
            WebhookDeliveryTest.subscribe(org, retried.url(), EventTypes.MEETING_SCHEDULED);
            WebhookDeliveryTest.subscribe(org, gone.url(), EventTypes.MEETING_SCHEDULED);

            Events.publish(personRef, WebhookDeliveryTest.meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, org));

            await().atMost(ARRIVAL).untilAsserted(() -> {
                assertTrue(deliveries("delivered") >= delivered + 1, "the retried delivery arrived");
                assertTrue(deliveries("failed-retry") >= failedRetry + 1, "its first attempt failed and was retried");
                assertTrue(deliveries("parked") >= parked + 1, "the gone receiver's delivery was parked");
            });
        }
    }

    private static double deliveries(String outcome) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^sip_webhook_deliveries_total\\{outcome=\"" + outcome + "\"} ([0-9.eE+]+)$")
                .matcher(scrape);
        assertTrue(m.find(), "sip_webhook_deliveries_total{outcome=\"" + outcome + "\"} is scraped");
        return Double.parseDouble(m.group(1));
    }
}
