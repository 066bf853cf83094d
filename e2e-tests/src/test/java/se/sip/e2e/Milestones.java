package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import se.sip.platform.events.Topics;

/** A plan's time rules (seeds 000 and 004) as the parties see them: its milestones, the events, the inboxes. */
final class Milestones {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private Milestones() {
    }

    /**
     * One event on sip.plan.v1 names the milestone kind; the plan's lead is told of it once, and none of the others.
     * The first milestone of the kind: later rounds of a kind are not told yet when this is asked.
     */
    static void leadToldOnce(String personRef, String planId, Org lead, String type, String kind, List<Org> others) {
        await().atMost(EVENTUALLY).untilAsserted(() -> assertEquals(1, Events.ofType(Topics.PLAN, personRef, type)
                .stream().filter(e -> kind.equals(e.path("data").path("kind").asText())).count(), type + " " + kind));
        String notices = "items.findAll { it.eventType == '" + type + "' && it.link == '/api/v1/plans/" + planId
                + "/milestones' && it.textEn.contains('" + kind + "') }.size()";
        await().atMost(EVENTUALLY).untilAsserted(() -> lead.to(Stack.NOTIFICATION).queryParam("size", 200)
                .get("/api/v1/notifications").then().statusCode(200).body(notices, equalTo(1)));
        for (Org other : others) {
            other.to(Stack.NOTIFICATION).queryParam("size", 200).get("/api/v1/notifications").then()
                    .statusCode(200).body(notices, equalTo(0));
        }
    }

    /** The milestone with this id (the kind, or {@code KIND-<round>}) has this status, as the reader sees it. */
    static void statusIs(Org reader, String planId, String milestoneId, String status) {
        await().atMost(EVENTUALLY).untilAsserted(() -> reader.to(Stack.PLAN)
                .get("/api/v1/plans/{id}/milestones", planId).then().statusCode(200)
                .body("milestones.find { it.id == '" + milestoneId + "' }.status", equalTo(status)));
    }
}
