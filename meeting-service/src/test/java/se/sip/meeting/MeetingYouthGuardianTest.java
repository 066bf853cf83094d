package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityMatching;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.relative;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.meeting.meeting.MeetingRepository;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Seed 004 (Motala, open-care youth assignment) and the domain's children and young people: a meeting of a youth
 * assignment about a child under 18 on its day invites the guardians (vårdnadshavare), a RELATIVE invitee with
 * relation GUARDIAN whom the consent names; an OFFICIALS meeting, between officials, invites no relatives.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingYouthGuardianTest {

    private static final String YOUTH = "YOUTH_ASSIGNMENT";
    /** 2026-12-10 in Sweden, and still 2026-12-09 in UTC: the day of the meeting is the Swedish one. */
    private static final String STARTS_AT = "2026-12-10T00:30:00+01:00";
    private static final LocalDate MEETING_DAY = LocalDate.of(2026, 12, 10);
    private static final String HINT = "A meeting of a youth assignment for a child under 18 invites the guardians"
            + " (vårdnadshavare): add a RELATIVE invitee with relation GUARDIAN (seed 004).";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Inject
    MeetingRepository meetings;

    @Test
    void aYouthAssignmentsMeetingForAChildOf16WithoutAGuardianIs422WithTheHintAndNothingIsBooked() {
        String child = TestPersons.bornOn(MEETING_DAY.minusYears(16));
        String personRef = ref(child);
        UUID planId = knownPlan(plans, personRef, YOUTH);

        for (String type : List.of("START_UP", "FOLLOW_UP", "SIP")) {
            municipality().body(meeting(planId, child, type, STARTS_AT, individual(), municipalityParty(),
                    regionParty())).post("/api/v1/meetings")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:sip:problem:rule-violation"))
                    .body("detail", equalTo(HINT));
        }
        // A relative who is not a guardian does not stand in for one.
        municipality().body(meeting(planId, child, "START_UP", STARTS_AT, individual(), municipalityParty(),
                relative("Anna Berg", "sister"))).post("/api/v1/meetings")
                .then().statusCode(422).body("detail", equalTo(HINT));

        assertTrue(FakeConsentService.requestsAbout(child).isEmpty(), "rules are checked before consent is asked");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> meetings.count("personRef", personRef)));
    }

    @Test
    void withAGuardianTheConsentNamesTheMeetingIsBookedAndItsViewShowsTheRelationButNoEventDoes() throws Exception {
        String child = TestPersons.bornOn(MEETING_DAY.minusYears(16));
        String personRef = ref(child);
        UUID planId = knownPlan(plans, personRef, YOUTH);

        String id = municipality().body(meeting(planId, child, "START_UP", STARTS_AT, individual(),
                municipalityParty(), regionParty(), relative("Lisa Berg", "GUARDIAN"))).post("/api/v1/meetings")
                .then().statusCode(201)
                .body("invitees[3].kind", equalTo("RELATIVE"))
                .body("invitees[3].relation", equalTo("GUARDIAN"))
                .body("invitees[0].relation", nullValue())
                .extract().path("id");
        municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("invitees.relation", equalTo(Arrays.asList(null, null, null, "GUARDIAN")));
        // The consent was asked whether it lets the guardian be invited (INVITE_RELATIVES naming them).
        assertTrue(FakeConsentService.requestsAbout(child).stream().anyMatch(r -> "INVITE_RELATIVES"
                .equals(r.purpose()) && "Lisa Berg".equals(r.relative()) && List.of(MUNICIPALITY).equals(r.orgIds())));

        String event = body(await().atMost(ARRIVAL).until(() -> meetingEventsKeyed(personRef), l -> l.size() == 1)
                .get(0));
        assertTrue(event.contains("RELATIVE"), "the event names the invitees' kinds");
        assertFalse(event.contains("GUARDIAN") || event.contains("Lisa"), "no relation or name in the event");

        // GUARDIAN compares without case; a guardian the consent does not name is refused as every such relative.
        municipality().body(meeting(planId, child, "FOLLOW_UP", STARTS_AT, municipalityParty(),
                relative("Lisa Berg", "guardian"))).post("/api/v1/meetings")
                .then().statusCode(201).body("invitees[1].relation", equalTo("guardian"));
        FakeConsentService.refuseRelative(child, "Per Berg");
        municipality().body(meeting(planId, child, "FOLLOW_UP", STARTS_AT, municipalityParty(),
                relative("Per Berg", "GUARDIAN"))).post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("INVITE_RELATIVES"));
    }

    @Test
    void aPersonTurning18OnTheMeetingsSwedishDayNeedsNoGuardianAndOneTurning18TheDayAfterDoes() {
        // 18 on 2026-12-10, the Swedish day of the meeting (in UTC it is still the 9th, when they are 17).
        String adult = TestPersons.bornOn(MEETING_DAY.minusYears(18));
        UUID planId = knownPlan(plans, ref(adult), YOUTH);
        municipality().body(meeting(planId, adult, "START_UP", STARTS_AT, individual(), municipalityParty(),
                regionParty())).post("/api/v1/meetings")
                .then().statusCode(201).body("status", equalTo("SCHEDULED"));

        String turns18Tomorrow = TestPersons.bornOn(MEETING_DAY.plusDays(1).minusYears(18));
        UUID youthPlan = knownPlan(plans, ref(turns18Tomorrow), YOUTH);
        municipality().body(meeting(youthPlan, turns18Tomorrow, "START_UP", STARTS_AT, individual(),
                municipalityParty(), regionParty())).post("/api/v1/meetings")
                .then().statusCode(422).body("detail", equalTo(HINT));
    }

    @Test
    void anOfficialsMeetingOfAYouthAssignmentForAChildNeedsNoGuardianAndStillInvitesNoRelative() {
        String child = TestPersons.bornOn(MEETING_DAY.minusYears(16));
        UUID planId = knownPlan(plans, ref(child), YOUTH);

        municipality().body(meeting(planId, child, "OFFICIALS", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings").then().statusCode(201);
        municipality().body(meeting(planId, child, "OFFICIALS", STARTS_AT, municipalityParty(), regionParty(),
                relative("Lisa Berg", "GUARDIAN"))).post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("between officials"));
    }

    @Test
    void onlyARelativeHasARelationOfAtMost100Characters() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String partyWithRelation = MeetingFixtures.regionParty().replace("}", ", \"relation\": \"GUARDIAN\"}");

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), partyWithRelation))
                .post("/api/v1/meetings")
                .then().statusCode(422)
                .body("detail", containsString("invitees[1] is PARTY: only a RELATIVE has a relation"));
        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty(),
                relative("Anna Berg", "x".repeat(101)))).post("/api/v1/meetings")
                .then().statusCode(400)
                .body("type", equalTo("urn:sip:problem:validation"))
                .body("errors.field", hasItem(containsString("relation")));
        // An adult's meeting of any plan needs no guardian; a relation is kept as given.
        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty(),
                relative("Anna Berg", "sister"))).post("/api/v1/meetings")
                .then().statusCode(201).body("invitees[2].relation", equalTo("sister"));
    }

    @Test
    void aMeetingInvitingNoGuardianDoesNotMoveToADayTheChildIsUnder18() {
        // 18 on the meeting's day: booked without a guardian, it may not move to the day before.
        String person = TestPersons.bornOn(MEETING_DAY.minusYears(18));
        UUID planId = knownPlan(plans, ref(person), YOUTH);
        String id = municipality().body(meeting(planId, person, "FOLLOW_UP", STARTS_AT, individual(),
                municipalityParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");

        municipalityMatching(id).body("{\"startsAt\": \"2026-12-09T23:30:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(422)
                .body("detail", containsString("On that day the child is under 18"))
                .body("detail", containsString("relation GUARDIAN"));
        municipalityMatching(id).body("{\"startsAt\": \"2026-12-17T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling")
                .then().statusCode(200).body("sequence", equalTo(1));

        // A meeting that invites a guardian moves to any day.
        String child = TestPersons.bornOn(MEETING_DAY.minusYears(16));
        UUID youthPlan = knownPlan(plans, ref(child), YOUTH);
        String withGuardian = municipality().body(meeting(youthPlan, child, "FOLLOW_UP", STARTS_AT,
                municipalityParty(), relative("Lisa Berg", "Guardian"))).post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
        municipalityMatching(withGuardian).body("{\"startsAt\": \"2026-12-03T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + withGuardian + "/rescheduling")
                .then().statusCode(200);
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
