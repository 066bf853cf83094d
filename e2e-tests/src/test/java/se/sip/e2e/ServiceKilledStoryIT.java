package se.sip.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.sip.testinfra.TestPersons;

/**
 * Failures on the way: services are killed (kill -9) mid-story and started again. What they had not yet consumed
 * arrives after the restart, and what they had consumed is not applied a second time.
 */
@ExtendWith(Stack.class)
class ServiceKilledStoryIT {

    // A killed consumer's group membership lapses only after Kafka's session timeout (45 s) before the restarted one
    // takes its partitions.
    static final Duration AFTER_RESTART = Duration.ofSeconds(120);
    static final List<Org> PARTIES = Stories.LVM_PARTIES;

    @Test
    void theStoryCompletesWithNoNotificationLostAndNoneTwiceWhenServicesAreKilled() {
        String personId = TestPersons.next();
        String planId = Stories.lvmPlanEveryPartyKnows(personId);
        String planLink = "/api/v1/plans/" + planId;

        // notification-service dies; the others go on taking writes.
        Stack.kill(Stack.NOTIFICATION);
        String meetingId = Stories.book(1, planId, personId, "SIP", 14);
        Org.MUNICIPALITY.to(Stack.PLAN)
                .body("{\"type\": \"SECTION_27_PLACEMENT\", \"effectiveOn\": \"%s\"}".formatted(Bodies.today()))
                .post("/api/v1/plans/{id}/placement-changes", planId).then().statusCode(201);
        Stack.startAgain(Stack.NOTIFICATION);

        // meeting-service dies too, after it took the booking: the meeting is still there when it is back.
        Stack.kill(Stack.MEETING);
        Stack.startAgain(Stack.MEETING);
        Org.REGION.to(Stack.MEETING).get("/api/v1/meetings/{id}", meetingId).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));

        // Every party is told of each once: what came while notification-service was away, and not the plan again.
        Inbox.told(PARTIES, "se.sip.meeting.scheduled.v1", "/api/v1/meetings/" + meetingId, AFTER_RESTART);
        Inbox.told(PARTIES, "se.sip.plan.placement-changed.v1", planLink, AFTER_RESTART);
        Inbox.told(PARTIES, "se.sip.plan.created.v1", planLink);
    }
}
