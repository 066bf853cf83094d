package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.adjusterIds;
import static se.sip.meeting.MeetingFixtures.approval;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.inviteeIds;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.region;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.shareWithRegion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The person themselves (role individual) reads the meetings about them: every one but an OFFICIALS meeting, newest
 * first, with approved minutes only and without what the organisations keep among themselves; and gets the calendar
 * invitation of their own meetings. Another person sees none of it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class OwnMeetingsTest {

    private static final String AHEAD = "2027-05-10T09:00:00+02:00";
    private static final String APPROVED_TEXT = "Tolvan berättade om sin vardag.";
    private static final String APPROVER_COMMENT = "Intern anmärkning till den andra justeraren.";
    private static final String DRAFT_TEXT = "Ett utkast som aldrig justerades.";
    private static final String RETURNING_COMMENT = "Beslut 2 saknar datum.";
    private static final String ABSENCE = "Tolvan låg på sjukhus och ville att mötet hölls ändå.";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void thePersonListsTheirOwnMeetingsButNotAnOfficialsOneWithApprovedMinutesOnly() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        String ahead = bookWithTheIndividual(planId, person, "SIP", AHEAD);
        String officials = municipality().body(meeting(planId, person, "OFFICIALS", AHEAD, municipalityParty(),
                regionParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        String approved = bookWithTheIndividual(planId, person, "FOLLOW_UP", hoursAgo(2));
        shareWithRegion(personRef, approved);
        submitMinutes(approved, APPROVED_TEXT);
        answer(municipality(), approved, 0, true, APPROVER_COMMENT);
        answer(region(), approved, 1, true, null);
        String returned = bookWithTheIndividual(planId, person, "SIP", hoursAgo(3));
        submitMinutes(returned, DRAFT_TEXT);
        answer(region(), returned, 1, false, RETURNING_COMMENT);
        String other = TestPersons.next();
        String someoneElses = book(knownPlan(plans, ref(other), "SIP"), other, AHEAD);

        String body = Tokens.asIndividual(person).get("/api/v1/me/meetings").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", equalTo(List.of(ahead, approved, returned)))
                .body("items[0].type", equalTo("SIP"))
                .body("items[0].status", equalTo("SCHEDULED"))
                .body("items[0].startsAt", equalTo("2027-05-10T07:00:00Z"))
                .body("items[0].durationMinutes", equalTo(90))
                .body("items[0].format", equalTo("PHYSICAL"))
                .body("items[0].location", equalTo("Stadshuset, rum 3"))
                .body("items[0].invitees.name", equalTo(List.of("Tolvan Tolvansson", "Motala kommun",
                        "Beroendemottagningen")))
                .body("items[0].invitees.orgId", hasItem(MUNICIPALITY))
                .body("items[0].minutes", nullValue())
                .body("items[1].status", equalTo("HELD"))
                .body("items[1].minutes.text", equalTo(APPROVED_TEXT))
                .body("items[1].minutes.decisions", equalTo(List.of("Boendestöd två gånger i veckan.")))
                .body("items[1].minutes.attendees", equalTo(List.of("Motala kommun", "Beroendemottagningen")))
                .body("items[1].minutes.absenceReason", equalTo(ABSENCE))
                .body("items[1].minutes.approvedAt", notNullValue())
                .body("items[2].status", equalTo("HELD"))
                .body("items[2].minutes", nullValue())
                .extract().asString();
        for (String hidden : List.of(officials, someoneElses, person, person.substring(2), DRAFT_TEXT,
                RETURNING_COMMENT, APPROVER_COMMENT, "example.se", "Eva Holm", "adjusters", "responses")) {
            assertFalse(body.contains(hidden), "the person's list shows " + hidden);
        }

        Tokens.asIndividual(person).queryParam("page", 1).queryParam("size", 2).get("/api/v1/me/meetings")
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", equalTo(List.of(returned)));
        // Their own read is in their extract of the access log, as anyone's read of their data is.
        await().atMost(ARRIVAL).untilAsserted(() -> Tokens.asIndividual(person).get("/api/v1/me/access-log")
                .then().statusCode(200)
                .body("items.findAll { it.byYou && it.resourceType == 'meeting' && it.action == 'READ' }",
                        not(empty())));
    }

    @Test
    void anotherPersonSeesNoneAndStaffMayNotListAsThePerson() {
        String person = TestPersons.next();
        book(knownPlan(plans, ref(person), "SIP"), person, AHEAD);

        Tokens.asIndividual(TestPersons.next()).get("/api/v1/me/meetings").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
        municipality().get("/api/v1/me/meetings").then().statusCode(403);
        Tokens.asIndividual(person).get("/api/v1/me/meetings").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void thePersonGetsTheInvitationOfTheirOwnMeetingButNotAnOfficialsOneNorAnotherPerson() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String id = bookWithTheIndividual(planId, person, "SIP", AHEAD);
        String officials = municipality().body(meeting(planId, person, "OFFICIALS", AHEAD, municipalityParty(),
                regionParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");

        Tokens.asIndividual(person).get("/api/v1/meetings/" + id + "/invitation.ics").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("UID:" + id + "@sip"))
                .body(containsString("METHOD:REQUEST"))
                .body(containsString("SUMMARY:SIP-möte"));
        Tokens.asIndividual(TestPersons.next()).get("/api/v1/meetings/" + id + "/invitation.ics").then()
                .statusCode(404).body("type", equalTo("urn:sip:problem:not-found"));
        Tokens.asIndividual(person).get("/api/v1/meetings/" + officials + "/invitation.ics").then()
                .statusCode(404).body("type", equalTo("urn:sip:problem:not-found"));
        // It exists: the organisations get it; the person does not.
        municipality().get("/api/v1/meetings/" + officials + "/invitation.ics").then().statusCode(200);
        Tokens.asIndividual(person).get("/api/v1/meetings/" + id).then().statusCode(403);
    }

    /** A meeting of {@code type} the municipality books, inviting the individual, itself and the region. */
    private static String bookWithTheIndividual(UUID planId, String person, String type, String startsAt) {
        return municipality().body(meeting(planId, person, type, startsAt, individual(), municipalityParty(),
                regionParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    /** The note-taker's minutes: the municipality and the region attended, the individual did not. */
    private static void submitMinutes(String id, String text) {
        List<String> invitees = inviteeIds(id);
        municipality().body("""
                {"text": "%s", "decisions": ["Boendestöd två gånger i veckan."], "attendees": ["%s", "%s"],
                 "absenceReason": "%s"}""".formatted(text, invitees.get(1), invitees.get(2), ABSENCE))
                .post("/api/v1/meetings/" + id + "/minutes").then().statusCode(200);
    }

    private static void answer(RequestSpecification adjusterOrg, String id, int adjuster,
            boolean approved, String comment) {
        adjusterOrg.body(approval(adjusterIds(id).get(adjuster), approved, comment))
                .post("/api/v1/meetings/" + id + "/minutes/approvals").then().statusCode(200);
    }

    private static String hoursAgo(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours).toString();
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
