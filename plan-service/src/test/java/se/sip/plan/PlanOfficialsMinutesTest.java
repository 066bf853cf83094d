package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.EventFeed;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** The minutes of an officials' meeting are internal (seeds 000, 004): they never become an agreed plan version. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanOfficialsMinutesTest {

    @Inject
    PersonRefs personRefs;

    @Test
    void approvedMinutesOfAnOfficialsMeetingAgreeNoVersion() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = startPlan(person);
        UUID officials = UUID.randomUUID();
        UUID sip = UUID.randomUUID();

        EventFeed.publish(personRef, approved(personRef, id, officials, "OFFICIALS"));
        // Same key, so taken in after the officials' minutes: once its version shows, those were handled.
        EventFeed.publish(personRef, approved(personRef, id, sip, "SIP"));

        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions")
                .then().statusCode(200).body("total", equalTo(1)));
        municipality().get("/api/v1/plans/" + id + "/versions").then()
                .body("items.meetingId", contains(sip.toString()));
    }

    private static String approved(String personRef, String planId, UUID meetingId, String meetingType) {
        OffsetDateTime at = OffsetDateTime.parse("2027-01-05T10:00:00+01:00");
        return EventFeed.event(EventTypes.MINUTES_APPROVED, personRef, meetingId, new MinutesEventData(personRef,
                meetingId, UUID.fromString(planId), meetingType, at, 1, "APPROVED", at.plusDays(1), at.plusDays(6),
                List.of(PlanFixtures.MUNICIPALITY, PlanFixtures.REGION), null, null, PlanFixtures.MUNICIPALITY,
                null));
    }
}
