package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.municipality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.time.ClockProducer;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.FakeMeetingService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The person themselves (role individual) reads the SIP document of their own plan, now and as agreed, and its agreed
 * versions: without their number or a staff member's user id, and with nothing of an officials' meeting.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeMeetingService.class, restrictToAnnotatedClass = false)
class OwnSipDocumentTest {

    private static final String INTERNAL = "Kurt Kurator";
    private static final String OFFICIALS_NOTE = "Internt: enbart tjänstemän.";
    private static final String ABSENT = "Var sjuk den dagen.";
    private static final String NUMBER_LINE = "<dt>Personnummer</dt><dd><span class=\"fill\"></span></dd>";

    @Inject
    PersonRefs personRefs;

    @Inject
    DataSource dataSource;

    @Test
    void thePersonReadsTheirSipDocumentAndVersionsWithNothingOfAnOfficialsMeeting() throws SQLException {
        String person = TestPersons.next();
        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = PlanFixtures.startPlan(person);
        UUID sip = UUID.randomUUID();
        UUID officials = UUID.randomUUID();
        sipMeetingInMeetingService(sip, "APPROVED", ABSENT);
        officialsMeetingInMeetingService(officials);
        hold(ref, id, sip, "SIP", 10);
        hold(ref, id, officials, "OFFICIALS", 5);
        MinutesEventFeed.publish(ref, MinutesEventFeed.approved(ref, id, sip, 1));
        await().atMost(ARRIVAL).untilAsserted(() -> municipality().get("/api/v1/plans/" + id + "/versions/1")
                .then().statusCode(200));
        // A version stored before officials' minutes became internal (they agree none now): the organisations' alone.
        insertVersionAgreedBy(id, 2, officials);

        // The organisations' document is unchanged: the number, and the latest held meeting, whichever it is.
        String organisations = municipality().get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200)
                .extract().asString();
        assertTrue(organisations.contains(printed(person)), organisations);
        assertTrue(organisations.contains(INTERNAL) && organisations.contains(OFFICIALS_NOTE), organisations);

        String now = Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/sip-document").then()
                .statusCode(200).contentType(containsString("text/html")).header("Cache-Control", "no-store")
                .extract().asString();
        assertTrue(now.contains("Aktuell plan") && now.contains("Jag vill ha en egen lägenhet."), now);
        // The latest held meeting but the officials' one, by its approved minutes.
        for (String shown : List.of(ABSENT, "<td>Anna Andersson</td>", "Vill ta upp: boendet", NUMBER_LINE)) {
            assertTrue(now.contains(shown), () -> shown + " missing in " + now);
        }
        assertNothingInternal(now, person, officials);

        String agreed = Tokens.asIndividual(person).queryParam("version", 1).get("/api/v1/plans/" + id
                + "/sip-document").then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        assertTrue(agreed.contains("Fastställd version 1") && agreed.contains(ABSENT), agreed);
        assertTrue(agreed.contains(NUMBER_LINE), agreed);
        assertNothingInternal(agreed, person, officials);
        Tokens.asIndividual(person).queryParam("version", 2).get("/api/v1/plans/" + id + "/sip-document").then()
                .statusCode(404).contentType("application/problem+json");
        assertTrue(municipality().queryParam("version", 2).get("/api/v1/plans/" + id + "/sip-document").then()
                .statusCode(200).extract().asString().contains(INTERNAL));

        Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/versions").then().statusCode(200)
                .body("total", equalTo(1)).body("items.meetingId", contains(sip.toString()));
        municipality().get("/api/v1/plans/" + id + "/versions").then().statusCode(200).body("total", equalTo(2));
        Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/versions/1").then().statusCode(200)
                .body("meetingId", equalTo(sip.toString()))
                .body("plan.id", equalTo(id))
                .body("plan.individualGoal", equalTo("Jag vill ha en egen lägenhet."))
                .body("plan", not(hasKey("personId")))
                .body("plan", not(hasKey("personRef")))
                .body("plan.created.org", equalTo(MUNICIPALITY))
                .body("plan.created", not(hasKey("sub")));
        municipality().get("/api/v1/plans/" + id + "/versions/1").then().statusCode(200)
                .body("plan.personId", equalTo(person)).body("plan.created.sub", equalTo("cw-1"));
        Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/versions/1/changes").then().statusCode(200)
                .body("version", equalTo(1));
        Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/versions/2").then().statusCode(404);
        Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/versions/2/changes").then().statusCode(404);

        RequestSpecification another = Tokens.asIndividual(TestPersons.next());
        for (String path : List.of("/sip-document", "/sip-document?version=1", "/versions", "/versions/1",
                "/versions/1/changes")) {
            String answer = another.get("/api/v1/plans/" + id + path).then().statusCode(404)
                    .contentType("application/problem+json").extract().asString();
            assertFalse(answer.contains(person.substring(2)), answer);
        }
    }

    @Test
    void thePersonsDocumentWaitsForTheMinutesToBeApproved() {
        String person = TestPersons.next();
        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = PlanFixtures.startPlan(person);
        UUID sip = UUID.randomUUID();
        sipMeetingInMeetingService(sip, "SUBMITTED", "Ej justerat: sjuk.");
        hold(ref, id, sip, "SIP", 3);

        assertTrue(municipality().get("/api/v1/plans/" + id + "/sip-document").then().statusCode(200).extract()
                .asString().contains("Ej justerat: sjuk."));
        String html = Tokens.asIndividual(person).get("/api/v1/plans/" + id + "/sip-document").then()
                .statusCode(200).extract().asString();
        assertFalse(html.contains("Ej justerat: sjuk.") || html.contains("Anna Andersson"), html);
        assertTrue(html.contains("<td>Den enskilde</td><td></td><td></td><td>☐ ja ☐ nej</td>"), html);
    }

    private static void assertNothingInternal(String html, String person, UUID officials) {
        for (String hidden : List.of(INTERNAL, OFFICIALS_NOTE, officials.toString(), person, printed(person),
                "cw-1")) {
            assertFalse(html.contains(hidden), () -> hidden + " shown in " + html);
        }
    }

    private static String printed(String person) {
        return person.substring(0, 8) + "-" + person.substring(8);
    }

    /** A SIP meeting the person was invited to and missed, their sister attended; minutes of {@code status}. */
    private static void sipMeetingInMeetingService(UUID meeting, String status, String absenceReason) {
        UUID individual = UUID.randomUUID();
        UUID municipality = UUID.randomUUID();
        UUID sister = UUID.randomUUID();
        FakeMeetingService.put("/api/v1/meetings/" + meeting, """
                {"id": "%s", "invitees": [
                  {"id": "%s", "kind": "INDIVIDUAL", "name": "Den enskilde"},
                  {"id": "%s", "kind": "PARTY", "orgId": "%s", "name": "Motala kommun"},
                  {"id": "%s", "kind": "RELATIVE", "name": "Anna Andersson"}]}""".formatted(meeting, individual,
                municipality, MUNICIPALITY, sister));
        FakeMeetingService.put("/api/v1/meetings/" + meeting + "/minutes", """
                {"meetingId": "%s", "revisions": [{"revision": 1, "status": "%s", "attendees": ["%s", "%s"],
                 "absenceReason": "%s"}]}""".formatted(meeting, status, municipality, sister, absenceReason));
        FakeMeetingService.put("/api/v1/meetings/" + meeting + "/wishes", """
                {"topics": ["boendet"], "recordedBy": "Karin Lund"}""");
    }

    /** An officials' meeting: officials only, its approved minutes internal. */
    private static void officialsMeetingInMeetingService(UUID meeting) {
        UUID municipality = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        UUID counsellor = UUID.randomUUID();
        FakeMeetingService.put("/api/v1/meetings/" + meeting, """
                {"id": "%s", "invitees": [
                  {"id": "%s", "kind": "PARTY", "orgId": "%s", "name": "Motala kommun"},
                  {"id": "%s", "kind": "PARTY", "orgId": "%s", "name": "Beroendemottagningen"},
                  {"id": "%s", "kind": "OTHER", "name": "%s"}]}""".formatted(meeting, municipality, MUNICIPALITY,
                region, REGION, counsellor, INTERNAL));
        FakeMeetingService.put("/api/v1/meetings/" + meeting + "/minutes", """
                {"meetingId": "%s", "revisions": [{"revision": 1, "status": "APPROVED",
                 "attendees": ["%s", "%s", "%s"], "absenceReason": "%s"}]}""".formatted(meeting, municipality,
                region, counsellor, OFFICIALS_NOTE));
    }

    /** Booked and held {@code daysAgo}; returns once the plan's milestones show it held. */
    private static void hold(String ref, String planId, UUID meeting, String type, int daysAgo) {
        UUID plan = UUID.fromString(planId);
        OffsetDateTime at = TestClock.today().minusDays(daysAgo).atTime(10, 0).atZone(ClockProducer.SWEDEN)
                .toOffsetDateTime();
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, meeting, type,
                at, 0));
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, plan, meeting, type, at, at.plusHours(1),
                (LocalDate) null));
        String held = "MINUTES_TO_ADJUSTERS-" + meeting;
        await().atMost(ARRIVAL).until(() -> municipality().get("/api/v1/plans/" + planId + "/milestones").then()
                .statusCode(200).extract().jsonPath().<String>getList("milestones.id"), ids -> ids.contains(held));
    }

    /** An agreed version as an earlier release stored it, by SQL: version 1's snapshot, agreed by {@code meeting}. */
    private void insertVersionAgreedBy(String planId, int number, UUID meeting) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert = db.prepareStatement("INSERT INTO plan_agreed_version (plan_id, number,"
                        + " meeting_id, minutes_revision, agreed_at, snapshot) SELECT plan_id, ?, ?, 1, now(),"
                        + " snapshot FROM plan_agreed_version WHERE plan_id = ? AND number = 1")) {
            insert.setInt(1, number);
            insert.setObject(2, meeting);
            insert.setObject(3, UUID.fromString(planId));
            assertEquals(1, insert.executeUpdate());
        }
    }
}
