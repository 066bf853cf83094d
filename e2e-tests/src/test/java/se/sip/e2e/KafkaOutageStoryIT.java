package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.sip.platform.events.EventTypes;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Failures on the way: the Kafka broker is stopped mid-story. The services go on taking writes (each waits in its
 * outbox), nobody is told while the broker is away, and every party is told of each, once, after it is back.
 */
@ExtendWith(Stack.class)
class KafkaOutageStoryIT {

    // Producers and consumers find the restarted broker again on their own reconnect backoff.
    static final Duration AFTER_THE_OUTAGE = Duration.ofSeconds(120);
    static final List<Org> PARTIES = Stories.LVM_PARTIES;

    @Test
    void writesSucceedWhileTheBrokerIsAwayAndEveryNotificationArrivesOnceAfterItIsBack() {
        String personId = TestPersons.next();
        String planId = Stories.lvmPlanEveryPartyKnows(personId);
        String planLink = "/api/v1/plans/" + planId;
        // meeting-service has the plan (from sip.plan.v1) before the broker goes, and the consent (sip.consent.v1, its
        // own consumer, which may lag): the region reads the meeting.
        String officialsId = Stories.book(1, planId, personId, "OFFICIALS", 7);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Org.REGION.to(Stack.MEETING)
                .get("/api/v1/meetings/{id}", officialsId).then().statusCode(200));

        InfrastructureResource.stopKafka();
        String sipMeetingId;
        try {
            sipMeetingId = Stories.book(1, planId, personId, "SIP", 14);
            Org.MUNICIPALITY.to(Stack.PLAN)
                    .body("{\"type\": \"SECTION_27_PLACEMENT\", \"effectiveOn\": \"%s\"}".formatted(Bodies.today()))
                    .post("/api/v1/plans/{id}/placement-changes", planId).then().statusCode(201);
            Org.REGION.to(Stack.MEETING).get("/api/v1/meetings/{id}", sipMeetingId).then().statusCode(200)
                    .body("status", equalTo("SCHEDULED"));
            Org.SIS.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                    .body("placementChanges.type", hasItem("SECTION_27_PLACEMENT"));
            for (Org party : PARTIES) {
                Inbox.notTold(party, EventTypes.MEETING_SCHEDULED, "/api/v1/meetings/" + sipMeetingId);
                Inbox.notTold(party, EventTypes.PLACEMENT_CHANGED, planLink);
            }
        } finally {
            InfrastructureResource.startKafka();
        }

        Inbox.told(PARTIES, EventTypes.MEETING_SCHEDULED, "/api/v1/meetings/" + sipMeetingId, AFTER_THE_OUTAGE);
        Inbox.told(PARTIES, EventTypes.PLACEMENT_CHANGED, planLink, AFTER_THE_OUTAGE);
        // What was told before the outage is not told again.
        Inbox.told(PARTIES, EventTypes.MEETING_SCHEDULED, "/api/v1/meetings/" + officialsId);
        Inbox.told(PARTIES, EventTypes.PLAN_CREATED, planLink);
    }
}
