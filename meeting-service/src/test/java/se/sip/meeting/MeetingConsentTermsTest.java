package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.PARTIES;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.regionParty;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * The read of one meeting shows the terms of the consent its plan rests on, as consent-service answers at read time:
 * never in lists or events, and "inte tillgängligt" rather than an error when consent-service is late.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingConsentTermsTest {

    private static final String STARTS_AT = "2026-12-10T09:00:00+01:00";
    private static final String RESTRICTIONS = "Inte uppgifter om Bertil Tolvanssons vård";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void theReadOfAMeetingShowsItsPlansConsentTermsAndNeitherTheListNorAnEventDoes() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID consentId = FakeConsentService.consentOf(person);
        FakeConsentService.terms(consentId, LocalDate.of(2027, 6, 30), RESTRICTIONS);
        UUID planId = knownPlan(plans, personRef, "SIP", consentId);

        String id = municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings").then().statusCode(201)
                .body("$", not(hasKey("consent")))
                .extract().path("id");

        municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("consent.id", equalTo(consentId.toString()))
                .body("consent.available", equalTo(true))
                .body("consent.validUntil", equalTo("2027-06-30"))
                .body("consent.restrictions", equalTo(RESTRICTIONS))
                .body("consent", not(hasKey("note")));
        municipality().queryParam("planId", planId.toString()).get("/api/v1/meetings").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0]", not(hasKey("consent")));
        // Restrictions are names and free text: read at read time, never put on the bus.
        await().atMost(ARRIVAL).until(() -> !meetingEventsKeyed(personRef).isEmpty());
        meetingEventsKeyed(personRef).forEach(e -> assertFalse(body(e).contains("Bertil")
                || body(e).contains("2027-06-30"), "no consent terms in " + body(e)));
    }

    @Test
    void afterThePlanMovedToAnotherConsentTheReadShowsThatOnesTerms() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP", FakeConsentService.consentOf(person));
        String id = MeetingFixtures.book(planId, person, STARTS_AT);
        UUID replacement = UUID.randomUUID();
        FakeConsentService.terms(replacement, LocalDate.of(2028, 1, 31), null);

        PlanEventFeed.publish(personRef, PlanEventFeed.consentReplaced(personRef, planId, MUNICIPALITY,
                PARTIES, FakeConsentService.consentOf(person), replacement));

        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/meetings/" + id).then()
                .statusCode(200)
                .body("consent.id", equalTo(replacement.toString()))
                .body("consent.validUntil", equalTo("2028-01-31"))
                .body("consent", not(hasKey("restrictions"))));
    }

    @Test
    void aMeetingWhosePlanNamesNoConsentHasNoConsentTerms() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP", null);
        String id = MeetingFixtures.book(planId, person, STARTS_AT);

        municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("$", not(hasKey("consent")));
    }

    @Test
    void whenConsentServiceDoesNotAnswerWithinTwoSecondsTheReadStillAnswersWithTheTermsUnavailable() {
        String person = TestPersons.next();
        UUID consentId = FakeConsentService.consentOf(person);
        FakeConsentService.terms(consentId, LocalDate.of(2027, 6, 30), RESTRICTIONS);
        UUID planId = knownPlan(plans, ref(person), "SIP", consentId);
        String id = MeetingFixtures.book(planId, person, STARTS_AT);

        FakeConsentService.hangReads();
        try {
            // The fake holds the answer 20 s: the read answers after its own 2 s, well before that.
            municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                    .time(lessThan(10L), TimeUnit.SECONDS)
                    .body("id", equalTo(id))
                    .body("status", equalTo("SCHEDULED"))
                    .body("consent.id", equalTo(consentId.toString()))
                    .body("consent.available", equalTo(false))
                    .body("consent.note", equalTo("inte tillgängligt"))
                    .body("consent", not(hasKey("validUntil")))
                    .body("consent", not(hasKey("restrictions")));
        } finally {
            FakeConsentService.release();
        }
        // An unavailable answer is not kept: once consent-service answers again, so do the terms.
        municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("consent.available", equalTo(true))
                .body("consent.validUntil", equalTo("2027-06-30"));
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
