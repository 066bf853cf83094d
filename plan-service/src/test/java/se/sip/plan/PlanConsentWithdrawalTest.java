package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.grantSharingWithRegion;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.newConsentId;
import static se.sip.plan.PlanFixtures.startPlan;
import static se.sip.plan.PlanFixtures.withdrawn;

import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.ConsentEventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** The reaction to a withdrawn consent: the person's active plans close, once, however often the event arrives. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanConsentWithdrawalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonRefs personRefs;

    @Test
    void aWithdrawalDeliveredTwiceClosesEachActivePlanOnceWithOneClosedEvent() throws Exception {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String first = startPlan(person);
        String second = startPlan(person);
        String consentId = newConsentId();
        grantSharingWithRegion(personRef, consentId);

        String event = withdrawn(personRef, consentId);
        ConsentEventFeed.publish(personRef, event);
        ConsentEventFeed.publish(personRef, event);

        for (String id : List.of(first, second)) {
            await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id).then()
                    .statusCode(200).body("status", equalTo("CLOSED"))
                    .body("closure.reason", equalTo("CONSENT_WITHDRAWN")));
            List<ConsumerRecord<String, byte[]>> events = awaitPlanEvents(id, 2);
            assertEquals(List.of("se.sip.plan.created.v1", "se.sip.plan.closed.v1"),
                    events.stream().map(PlanConsentWithdrawalTest::type).toList());
            assertEquals("CONSENT_WITHDRAWN", JSON.readTree(events.get(1).value()).get("data").get("closureReason").asText());
        }
        municipality().get("/api/v1/plans/" + first).then().body("version", equalTo(1));
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).get("type").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
