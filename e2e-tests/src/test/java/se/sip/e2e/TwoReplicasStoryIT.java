package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.testinfra.TestPersons;

/**
 * Every service runs as two replicas on one database and one broker, as a Deployment with two pods does; the partners'
 * calls land on either. Each event is published once, each party is told once, each webhook and each e-mail is sent
 * once, and both plan-service replicas' schedulers tell each milestone once.
 */
@ExtendWith(Stack.class)
class TwoReplicasStoryIT {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    static final List<Org> PARTIES = Stories.LVM_PARTIES;
    static final List<String> WEBHOOK_TYPES = List.of(EventTypes.MEETING_SCHEDULED, EventTypes.PLACEMENT_CHANGED);

    @Test
    void twoReplicasOfEveryServiceTellEachThingOnce() throws IOException {
        Stack.startSecondReplicas();
        Map<String, Path> logs;
        try {
            playTheStoryOnBothReplicas();
        } finally {
            Stack.moveClock(Duration.ZERO);
            logs = Stack.stopSecondReplicas();
        }
        // Stopped as Kubernetes stops a pod (SIGTERM): no scheduled round runs into the closed database on the way.
        for (Map.Entry<String, Path> log : logs.entrySet()) {
            String text = Files.readString(log.getValue());
            assertTrue(text.contains(log.getKey() + " stopped in"), log.getKey() + " stopped: " + log.getValue());
            assertFalse(text.contains("EntityManagerFactory is closed"), log.getKey() + " shut down cleanly: "
                    + log.getValue());
        }
    }

    private void playTheStoryOnBothReplicas() {
        for (Org party : PARTIES) {
            party.asManager(Stack.NOTIFICATION).baseUri(Stack.url(Stack.NOTIFICATION, 2))
                    .body("{\"callbackUrl\": \"%s\", \"eventTypes\": [\"%s\", \"%s\"]}".formatted(endpoint(party),
                            WEBHOOK_TYPES.get(0), WEBHOOK_TYPES.get(1)))
                    .post("/api/v1/subscriptions").then().statusCode(201);
        }
        String personId = TestPersons.next();
        String personRef = Org.MUNICIPALITY.to(Stack.CONSENT, 2).body(Bodies.consent(personId))
                .post("/api/v1/consents").then().statusCode(201).extract().path("personRef");
        String planId = Org.MUNICIPALITY.to(Stack.PLAN, 1)
                .body(Bodies.lvmAftercarePlan(personId, Bodies.today().minusMonths(2)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String planLink = "/api/v1/plans/" + planId;
        String officialsId = Stories.book(2, planId, personId, "OFFICIALS", 7);
        String sipMeetingId = Stories.book(1, planId, personId, "SIP", 14);
        Org.MUNICIPALITY.to(Stack.PLAN, 2)
                .body("{\"type\": \"SECTION_27_PLACEMENT\", \"effectiveOn\": \"%s\"}".formatted(Bodies.today()))
                .post("/api/v1/plans/{id}/placement-changes", planId).then().statusCode(201);
        // Each party is told of each thing once, whichever replica took the write and whichever consumed the event.
        Inbox.told(PARTIES, EventTypes.PLAN_CREATED, planLink, EVENTUALLY);
        Inbox.told(PARTIES, EventTypes.PLACEMENT_CHANGED, planLink, EVENTUALLY);
        for (String meetingId : List.of(officialsId, sipMeetingId)) {
            Inbox.told(PARTIES, EventTypes.MEETING_SCHEDULED, "/api/v1/meetings/" + meetingId, EVENTUALLY);
        }
        // Each party's endpoint gets each subscribed event once, though both replicas' workers deliver.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<String> expected = WEBHOOK_TYPES.stream()
                    .flatMap(type -> Events.ofType(type.startsWith("se.sip.meeting") ? Topics.MEETING : Topics.PLAN,
                            personRef, type).stream())
                    .map(e -> e.path("id").asText()).toList();
            assertEquals(3, expected.size(), "two meetings and a placement change");
            for (Org party : PARTIES) {
                for (String eventId : expected) {
                    assertEquals(1, WebhookReceiver.deliveries().stream().filter(d -> endpoint(party).endsWith(
                            "/hooks/" + d.orgId()) && d.body().contains(eventId)).count(),
                            party.id() + " receives " + eventId + " once");
                }
            }
        });
        // Every invitee with an address gets one e-mail per meeting, not one per replica.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (String meetingId : List.of(officialsId, sipMeetingId)) {
                for (Org party : PARTIES) {
                    String address = Bodies.EMAIL.get(party.id());
                    long mails = MailCatcher.mails().stream().filter(m -> m.recipients().contains(address)
                            && m.decoded().contains("UID:" + meetingId + "@sip")).count();
                    assertEquals(1, mails, address + "'s invitations to " + meetingId);
                }
            }
        });
        // Half a year passes unmet: both replicas' schedulers scan the plan's milestones. (Only now: a clock that
        // jumps while an e-mail or a webhook is being sent ends its lease, and it would rightly be sent again.)
        Stack.moveClockDays(183);

        await().atMost(EVENTUALLY).untilAsserted(() -> assertFalse(
                Events.ofType(Topics.PLAN, personRef, EventTypes.MILESTONE_OVERDUE).isEmpty(), "a milestone missed"));
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (String type : List.of(EventTypes.FOLLOW_UP_DUE, EventTypes.MILESTONE_OVERDUE)) {
                List<JsonNode> told = Events.ofType(Topics.PLAN, personRef, type);
                assertEquals(told.size(), told.stream().map(e -> e.path("data").path("milestoneId").asText())
                        .distinct().count(), "each milestone " + type + " once: " + told);
                Org.MUNICIPALITY.to(Stack.NOTIFICATION, 2).queryParam("size", 200).get("/api/v1/notifications")
                        .then().statusCode(200).body("items.findAll { it.eventType == '" + type + "' && it.link == '"
                                + planLink + "/milestones' }.size()", equalTo(told.size()));
            }
        });

        // Every event went out once (its id once on the topic), though both replicas' relays poll one outbox.
        for (String topic : List.of(Topics.CONSENT, Topics.PLAN, Topics.MEETING)) {
            List<String> ids = Events.of(topic, personRef).stream().map(e -> e.path("id").asText()).toList();
            assertEquals(ids.size(), ids.stream().distinct().count(), "an event twice on " + topic + ": " + ids);
        }
    }

    /** This story's webhook endpoint of the party (its own, so the other stories' subscriptions do not count). */
    private static String endpoint(Org party) {
        return Stack.webhooks().callbackFor(party) + "-replicas";
    }
}
