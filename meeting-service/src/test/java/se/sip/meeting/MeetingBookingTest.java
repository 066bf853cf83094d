package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.SIS;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.dataOf;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.relative;
import static se.sip.meeting.MeetingFixtures.sisParty;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.meeting.meeting.MeetingRepository;
import se.sip.platform.events.EventParty;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** Booking a meeting: the rules, the consent questions asked first, the notice kinds and the scheduled event. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingBookingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STARTS_AT = "2026-12-10T09:00:00+01:00";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Inject
    MeetingRepository meetings;

    @Test
    void aSipMeetingIsBookedWithKallelseToThePrincipalsAndAScheduledEventKeyedByPersonRef() throws Exception {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");

        String id = municipality().body(meeting(planId, person, "SIP", STARTS_AT, individual(), municipalityParty(),
                regionParty())).post("/api/v1/meetings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/meetings/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("SCHEDULED"))
                .body("startsAt", equalTo("2026-12-10T08:00:00Z"))
                .body("invitees.noticeKind", equalTo(List.of("INBJUDAN", "KALLELSE", "KALLELSE")))
                .extract().path("id");

        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL).until(() -> meetingEventsKeyed(personRef),
                list -> !list.isEmpty());
        assertEquals(1, events.size());
        String raw = body(events.get(0));
        JsonNode event = JSON.readTree(raw);
        assertEquals("se.sip.meeting.scheduled.v1", event.get("type").asText());
        assertEquals(id, event.get("subject").asText());
        assertEquals(personRef, event.get("data").get("personRef").asText());
        JsonNode data = event.get("data");
        assertEquals(3, data.get("inviteeIds").size());
        assertEquals(List.of("INDIVIDUAL", "PARTY", "PARTY"), texts(data.get("inviteeKinds")));
        assertEquals(texts(JSON.readTree(municipality().get("/api/v1/meetings/" + id).then().extract().asString())
                .get("invitees").findValues("id")), texts(data.get("inviteeIds")), "kinds in the order of the ids");
        assertEquals("Stadshuset, rum 3", data.get("location").asText());
        assertTrue(data.get("videoLink").isNull());
        assertEquals(MUNICIPALITY, data.get("chairOrgId").asText());
        assertFalse(raw.contains(person), "the personal identity number is not in the event");
        assertFalse(raw.contains("Tolvan") || raw.contains("@"), "no names or e-mail addresses in the event");
        // One question for the caller's organisation (first) and every PARTY invitee's, none for the individual.
        List<FakeConsentService.Request> asked = FakeConsentService.requestsAbout(person);
        assertEquals(1, asked.size());
        assertEquals("CONVENE_MEETING", asked.get(0).purpose());
        assertEquals(List.of(MUNICIPALITY, REGION), asked.get(0).orgIds());
    }

    @Test
    void bookingWithoutConsentIs422WithTheReasonTheCallerMayLearnAndStoresAndPublishesNothing() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        FakeConsentService.refuse(person, "NO_ACTIVE_CONSENT");

        // Every organisation is refused: the caller's own refusal is the answer, not the invitees'.
        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings")
                .then().statusCode(422)
                .body("detail", equalTo("No consent in force lets your organisation convene a meeting about this"
                        + " person (CONVENE_MEETING), so nothing was booked. Reason: NO_ACTIVE_CONSENT."))
                .body("detail", not(containsString(person)));

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> meetings.count("personRef", personRef)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> meetingEventsKeyed(personRef).isEmpty());
    }

    @Test
    void aCallerThatMayNotSeeThePersonsConsentsGetsOneGenericRefusalWithoutAReason() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        FakeConsentService.refuse(person, "NOT_PERMITTED");

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings")
                .then().statusCode(422)
                .body("detail", equalTo("No consent in force lets your organisation convene a meeting about this"
                        + " person (CONVENE_MEETING), so nothing was booked."))
                .body("detail", not(containsString("Reason")))
                .body("detail", not(containsString("NOT_PERMITTED")));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> meetings.count("personRef", personRef)));
    }

    @Test
    void partyInviteesTheConsentDoesNotCoverAre422NamingTheirPositionsAndOrgIdsAndNothingIsStoredOrPublished() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        FakeConsentService.refuseOrg(person, REGION);
        FakeConsentService.refuseOrg(person, SIS);

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, individual(), municipalityParty(),
                regionParty(), sisParty(), relative("Anna Tolvansson"))).post("/api/v1/meetings")
                .then().statusCode(422)
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("detail", containsString("invitees[2] (" + REGION + "), invitees[3] (" + SIS + ")"))
                .body("detail", not(containsString("invitees[1]")))
                .body("detail", not(containsString("Beroendemottagningen")))
                .body("detail", not(containsString("Reason")));

        // One CONVENE_MEETING question naming the caller first, then the party invitees' organisations; the
        // relative is not asked about once a party is refused.
        List<FakeConsentService.Request> asked = FakeConsentService.requestsAbout(person);
        assertEquals(1, asked.size());
        assertEquals("CONVENE_MEETING", asked.get(0).purpose());
        assertEquals(List.of(MUNICIPALITY, REGION, SIS), asked.get(0).orgIds());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> meetings.count("personRef", personRef)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> meetingEventsKeyed(personRef).isEmpty());
    }

    @Test
    void aRefusedPartyThatIsNotInvitedDoesNotStopTheBooking() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        FakeConsentService.refuseOrg(person, SIS);

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings")
                .then().statusCode(201).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void whenConsentServiceCannotAnswerTheBookingIs503AndNothingIsStored() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        FakeConsentService.fail(person, 500);

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings")
                .then().statusCode(503);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> meetings.count("personRef", personRef)));
    }

    @Test
    void aPartnerMayNotBookAndAMissingTokenIs401() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String body = meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty());

        MeetingFixtures.as(MUNICIPALITY, "MUNICIPALITY", "partner").body(body).post("/api/v1/meetings")
                .then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/v1/meetings")
                .then().statusCode(401);
    }

    @Test
    void aRelativeTheConsentDoesNotNameIs422NamingThePositionNotTheName() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        FakeConsentService.refuseRelative(person, "Bertil Tolvansson");

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, regionParty(), relative("Anna Tolvansson"),
                relative("Bertil Tolvansson"))).post("/api/v1/meetings")
                .then().statusCode(422)
                .body("detail", containsString("invitees[2]"))
                .body("detail", not(containsString("Bertil")));
        assertTrue(FakeConsentService.requestsAbout(person).stream()
                .anyMatch(r -> "INVITE_RELATIVES".equals(r.purpose()) && "Anna Tolvansson".equals(r.relative())
                        && List.of(MUNICIPALITY).equals(r.orgIds())));
    }

    @Test
    void aSipWithoutARegionPartyAndACollaborationWithOneAre422WithAHint() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty()))
                .post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("REGION party"));
        municipality().body(meeting(planId, person, "COLLABORATION", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("book type SIP"));
        assertTrue(FakeConsentService.requestsAbout(person).isEmpty(), "rules are checked before consent is asked");
    }

    @Test
    void anLvmAftercareMeetingInvitesTheIndividualAndSis() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "LVM_AFTERCARE");

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("INDIVIDUAL"));
        municipality().body(meeting(planId, person, "SIP", STARTS_AT, individual(), municipalityParty(), regionParty(),
                sisParty())).post("/api/v1/meetings")
                .then().statusCode(201).body("invitees[3].noticeKind", equalTo("INBJUDAN"));
    }

    @Test
    void afterADischargeWithoutSisAnLvmMeetingNoLongerNeedsSis() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "LVM_AFTERCARE");
        String withoutSis = meeting(planId, person, "SIP", STARTS_AT, individual(), municipalityParty(), regionParty());

        municipality().body(withoutSis).post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("SiS"));

        PlanEventFeed.publish(personRef, PlanEventFeed.placementChanged(personRef, planId, "DISCHARGED", MUNICIPALITY,
                List.of(new EventParty(MUNICIPALITY, "MUNICIPALITY"), new EventParty(REGION, "REGION"))));
        await().atMost(ARRIVAL).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> plans.find(planId).orElseThrow().partiesOfType("SIS").isEmpty()));

        municipality().body(withoutSis).post("/api/v1/meetings").then().statusCode(201);
    }

    @Test
    void aMeetingAboutAnUnknownPlanOrAnotherPersonIs422() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");

        municipality().body(meeting(UUID.randomUUID(), person, "SIP", STARTS_AT, regionParty()))
                .post("/api/v1/meetings").then().statusCode(422).body("detail", containsString("not known"));
        municipality().body(meeting(planId, TestPersons.next(), "SIP", STARTS_AT, regionParty()))
                .post("/api/v1/meetings").then().statusCode(422).body("detail", containsString("not the person"));
    }

    @Test
    void aDigitalMeetingsEventCarriesItsHttpsLinkAndALinkThatIsNotHttpsIs400() throws Exception {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        String digital = meeting(planId, person, "FOLLOW_UP", STARTS_AT, individual(), municipalityParty(),
                regionParty()).replace("\"format\": \"PHYSICAL\"", "\"format\": \"DIGITAL\"")
                .replace("\"location\": \"Stadshuset, rum 3\"", "\"videoLink\": \"%s\"");

        municipality().body(digital.formatted("http://meet.example.se/abc")).post("/api/v1/meetings")
                .then().statusCode(400)
                .body("errors.field", hasItem(containsString("videoLink")));
        municipality().body(digital.formatted("https://meet.example.se/abc")).post("/api/v1/meetings")
                .then().statusCode(201).body("videoLink", equalTo("https://meet.example.se/abc"));

        JsonNode data = dataOf(await().atMost(ARRIVAL).until(() -> meetingEventsKeyed(personRef), l -> l.size() == 1)
                .get(0));
        assertEquals("https://meet.example.se/abc", data.get("videoLink").asText());
        assertTrue(data.get("location").isNull());
        assertEquals("DIGITAL", data.get("format").asText());
        assertEquals(List.of("INDIVIDUAL", "PARTY", "PARTY"), texts(data.get("inviteeKinds")));
    }

    @Test
    void onlyTheTwoPrincipalsOfASipMeetingGetAKallelseAndEveryInviteeOfAnotherTypeAnInbjudan() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, individual(), municipalityParty(),
                regionParty(), sisParty(), relative("Anna Tolvansson"))).post("/api/v1/meetings")
                .then().statusCode(201)
                .body("invitees.noticeKind", equalTo(List.of("INBJUDAN", "KALLELSE", "KALLELSE", "INBJUDAN",
                        "INBJUDAN")));
        for (String type : List.of("FOLLOW_UP", "START_UP")) {
            municipality().body(meeting(planId, person, type, STARTS_AT, individual(), municipalityParty(),
                    regionParty())).post("/api/v1/meetings")
                    .then().statusCode(201)
                    .body("invitees.noticeKind", equalTo(List.of("INBJUDAN", "INBJUDAN", "INBJUDAN")));
        }
        municipality().body(meeting(planId, person, "OFFICIALS", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings").then().statusCode(201)
                .body("invitees.noticeKind", equalTo(List.of("INBJUDAN", "INBJUDAN")));
        municipality().body(meeting(planId, person, "COLLABORATION", STARTS_AT, individual(), municipalityParty(),
                sisParty())).post("/api/v1/meetings")
                .then().statusCode(201)
                .body("invitees.noticeKind", equalTo(List.of("INBJUDAN", "INBJUDAN", "INBJUDAN")));
    }

    @Test
    void anOfficialsMeetingIsBetweenOfficialsEvenInLvmAftercare() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "LVM_AFTERCARE");

        for (String outsider : List.of(individual(), relative("Anna Tolvansson"))) {
            municipality().body(meeting(planId, person, "OFFICIALS", STARTS_AT, municipalityParty(), regionParty(),
                    outsider)).post("/api/v1/meetings").then().statusCode(422)
                    .contentType("application/problem+json").body("detail", containsString("between officials"));
        }
        // Neither the individual nor SiS is required, as they are for every other LVM-aftercare meeting.
        municipality().body(meeting(planId, person, "OFFICIALS", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings").then().statusCode(201);
        municipality().body(meeting(planId, person, "FOLLOW_UP", STARTS_AT, municipalityParty(), regionParty()))
                .post("/api/v1/meetings").then().statusCode(422);
    }

    @Test
    void aStartUpMeetingIsConvenedAndChairedByTheLead() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "YOUTH_ASSIGNMENT");
        String chairedByRegion = meeting(planId, person, "START_UP", STARTS_AT, individual(), municipalityParty(),
                regionParty()).replace("\"chairOrgId\": \"" + MUNICIPALITY + "\"", "\"chairOrgId\": \"" + REGION
                        + "\"");

        municipality().body(chairedByRegion).post("/api/v1/meetings").then().statusCode(422)
                .body("detail", containsString("chaired by the plan's lead"));
        region().body(meeting(planId, person, "START_UP", STARTS_AT, individual(), municipalityParty(),
                regionParty())).post("/api/v1/meetings").then().statusCode(422)
                .body("detail", containsString("convened by the plan's lead"));
        municipality().body(meeting(planId, person, "START_UP", STARTS_AT, individual(), municipalityParty(),
                regionParty())).post("/api/v1/meetings").then().statusCode(201);
    }

    @Test
    void theChairsOrganisationIsRequiredAPartyOfThePlanAndShownInTheView() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String body = meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty());

        municipality().body(body.replace("\"chairOrgId\": \"" + MUNICIPALITY + "\",", ""))
                .post("/api/v1/meetings")
                .then().statusCode(400)
                .body("type", equalTo("urn:sip:problem:validation"))
                .body("errors.field", hasItem(containsString("chairOrgId")));
        municipality().body(body.replace("\"chairOrgId\": \"" + MUNICIPALITY + "\"",
                "\"chairOrgId\": \"" + MeetingFixtures.STRANGER + "\"")).post("/api/v1/meetings")
                .then().statusCode(422)
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("detail", containsString("chairOrgId is not a party of the plan"));
        assertTrue(FakeConsentService.requestsAbout(person).isEmpty(), "nothing asked, nothing booked");

        String id = municipality().body(body.replace("\"chairOrgId\": \"" + MUNICIPALITY + "\"",
                "\"chairOrgId\": \"" + REGION + "\"")).post("/api/v1/meetings")
                .then().statusCode(201)
                .body("chair", equalTo("Karin Lund"))
                .body("chairOrgId", equalTo(REGION))
                .extract().path("id");
        municipality().get("/api/v1/meetings/" + id).then().statusCode(200).body("chairOrgId", equalTo(REGION));
    }

    @Test
    void adjustersAreTwoOfDifferentPartiesAndInASipOneFromEachPrincipal() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String regionAdjuster = "{\"name\": \"Eva Holm\", \"orgId\": \"" + REGION + "\"}";

        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty())
                .replace(regionAdjuster, "{\"name\": \"Eva Holm\", \"orgId\": \"" + MUNICIPALITY + "\"}"))
                .post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("two different party organisations"));
        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty())
                .replace(regionAdjuster, "{\"name\": \"Eva Holm\", \"orgId\": \"" + MeetingFixtures.STRANGER
                        + "\"}"))
                .post("/api/v1/meetings")
                .then().statusCode(422).body("detail", containsString("adjusters[1] (" + MeetingFixtures.STRANGER
                        + ") is not a party of the plan"));
        String sisAdjuster = "{\"name\": \"Eva Holm\", \"orgId\": \"" + SIS + "\"}";
        municipality().body(meeting(planId, person, "SIP", STARTS_AT, municipalityParty(), regionParty(), sisParty())
                .replace(regionAdjuster, sisAdjuster))
                .post("/api/v1/meetings")
                .then().statusCode(422)
                .body("detail", containsString("one from a MUNICIPALITY party and one from a REGION party"));
        assertTrue(FakeConsentService.requestsAbout(person).isEmpty(), "rules are checked before consent is asked");

        // Only a SIP-möte asks for one adjuster of each principal.
        municipality().body(meeting(planId, person, "FOLLOW_UP", STARTS_AT, municipalityParty(), sisParty())
                .replace(regionAdjuster, sisAdjuster))
                .post("/api/v1/meetings")
                .then().statusCode(201).body("adjusters.orgId", equalTo(List.of(MUNICIPALITY, SIS)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
