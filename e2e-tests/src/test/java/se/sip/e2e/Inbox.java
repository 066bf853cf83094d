package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

/** An organisation's inbox on notification-service, read with its own token as its journal system would. */
final class Inbox {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private Inbox() {
    }

    /** Waits until every one of the organisations has one notification of this type about the object, not two. */
    static void told(List<Org> orgs, String eventType, String link) {
        told(orgs, eventType, link, EVENTUALLY);
    }

    static void told(List<Org> orgs, String eventType, String link, Duration bound) {
        await().atMost(bound).untilAsserted(() -> {
            for (Org org : orgs) {
                assertEquals(1, count(org, eventType, link), org.id() + " told " + eventType + " about " + link);
            }
        });
    }

    /** Asserts that the organisation has no notification of this type about the object (asked after it was told to others). */
    static void notTold(Org org, String eventType, String link) {
        assertEquals(0, count(org, eventType, link), org.id() + " must not be told " + eventType + " about " + link);
    }

    /** Asserts that the organisation has no notification at all whose link starts with this one. */
    static void nothingAbout(Org org, String link) {
        List<String> links = org.to(Stack.NOTIFICATION).queryParam("size", 200).get("/api/v1/notifications").then()
                .statusCode(200).extract().jsonPath().getList("items.link", String.class);
        assertEquals(List.of(), links.stream().filter(l -> l.startsWith(link)).toList(), org.id() + "'s inbox");
    }

    private static int count(Org org, String eventType, String link) {
        return org.to(Stack.NOTIFICATION).queryParam("size", 200).get("/api/v1/notifications").then()
                .statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.eventType == '" + eventType + "' && it.link == '" + link + "' }")
                .size();
    }
}
