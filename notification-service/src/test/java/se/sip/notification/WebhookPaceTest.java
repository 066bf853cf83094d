package se.sip.notification;

import static org.awaitility.Awaitility.await;
import static se.sip.notification.WebhookDeliveryTest.subscribe;
import static se.sip.notification.WebhookFaultsTest.meetingFor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * A subscription's deliveries follow each other as fast as its receiver answers, not one poll interval apart: here
 * the interval is a minute, and every delivery still arrives within seconds, once.
 */
@QuarkusTest
@TestProfile(WebhookPaceTest.MinutePolls.class)
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class WebhookPaceTest {

    public static class MinutePolls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sip.webhooks.poll-interval", "PT1M");
        }
    }

    @Inject
    PersonRefs personRefs;

    @Test
    void deliveriesFollowEachOtherWithoutWaitingForThePollInterval() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(org, receiver.url(), EventTypes.MEETING_SCHEDULED);
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                events.add(meetingFor(personRef, org));
            }
            events.forEach(event -> Events.publish(personRef, event));

            // Two at a time (the subscription's concurrency), ten rounds: a poll interval each would take ten minutes.
            await().atMost(Duration.ofSeconds(30)).until(() -> events.stream()
                    .allMatch(e -> receiver.receivedFor(Events.id(e)).size() == 1));
        }
    }
}
