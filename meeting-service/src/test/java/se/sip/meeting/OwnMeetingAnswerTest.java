package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.body;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.dataOf;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.inviteeIds;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.meetingEventsOfType;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityMatching;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.relative;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.StoredRows;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The person themselves (role individual) answers their own invitation through the organisations' operation: the
 * answer is recorded without an organisation or their number, goes out on the bus as any answer, and shows in their
 * own list. Another invitee's invitation is not theirs to answer; another person's meeting and an OFFICIALS one are
 * not found.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class OwnMeetingAnswerTest {

    private static final String AHEAD = "2027-05-10T09:00:00+02:00";
    private static final String PROPOSED = "2027-05-12T14:00:00+02:00";
    private static final String PROPOSED_UTC = "2027-05-12T12:00:00Z";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Inject
    DataSource dataSource;

    @Test
    void thePersonAcceptsThenProposesANewTimeForTheirOwnInvitation() {
        String person = TestPersons.next();
        String personRef = ref(person);
        String id = bookWithTheIndividual(knownPlan(plans, personRef, "SIP"), person, relative("Anna Tolvansson"));
        String own = inviteeIds(id).get(0);
        // The organiser first records what the person said on the phone; the person's own answer then stands.
        municipality().body(answer(own, "DECLINED")).post(responses(id)).then().statusCode(200);
        Tokens.asIndividual(person).get("/api/v1/me/meetings").then().statusCode(200)
                .body("items[0].yourAnswer.answer", equalTo("DECLINED"))
                .body("items[0].yourAnswer.byYou", equalTo(false));

        String accepted = Tokens.asIndividual(person).body("{\"answer\": \"ACCEPTED\"}").post(responses(id))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("yourAnswer.answer", equalTo("ACCEPTED"))
                .body("yourAnswer.byYou", equalTo(true))
                .body("yourAnswer.answeredAt", notNullValue())
                .body("yourAnswer.proposedStartsAt", nullValue())
                .extract().asString();
        // The person's view, not the organisations': no number, no e-mail, nobody else's answers, no version.
        for (String hidden : List.of(person, person.substring(2), "example.se", "responses", "adjusters",
                "version", "personId")) {
            assertFalse(accepted.contains(hidden), "the answer to the person shows " + hidden);
        }

        Tokens.asIndividual(person).body(answer(own, "PROPOSED_NEW_TIME", PROPOSED)).post(responses(id))
                .then().statusCode(200)
                .body("yourAnswer.answer", equalTo("PROPOSED_NEW_TIME"))
                .body("yourAnswer.proposedStartsAt", equalTo(PROPOSED_UTC))
                .body("yourAnswer.byYou", equalTo(true));

        // The organiser and the parties are told as of any answer: the individual's invitee, no organisation.
        List<ConsumerRecord<String, byte[]>> events = await().atMost(ARRIVAL)
                .until(() -> meetingEventsOfType(personRef, EventTypes.MEETING_ANSWERED), l -> l.size() == 3);
        JsonNode acceptedEvent = dataOf(events.get(1));
        assertEquals("ACCEPTED", acceptedEvent.get("answer").asText());
        assertEquals(own, acceptedEvent.get("inviteeId").asText());
        assertTrue(acceptedEvent.path("inviteeOrgId").isNull() || acceptedEvent.path("inviteeOrgId").isMissingNode());
        assertEquals(MUNICIPALITY, acceptedEvent.get("chairOrgId").asText());
        JsonNode proposedEvent = dataOf(events.get(2));
        assertEquals("PROPOSED_NEW_TIME", proposedEvent.get("answer").asText());
        assertEquals(Instant.parse(PROPOSED_UTC), Instant.parse(proposedEvent.get("proposedStartsAt").asText()));
        events.forEach(e -> assertFalse(body(e).contains(person.substring(2)), "an event holds the number"));

        Tokens.asIndividual(person).get("/api/v1/me/meetings").then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].yourAnswer.answer", equalTo("PROPOSED_NEW_TIME"))
                .body("items[0].yourAnswer.proposedStartsAt", equalTo(PROPOSED_UTC))
                .body("items[0].yourAnswer.byYou", equalTo(true));
        String proposal = municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("responses.inviteeId", equalTo(List.of(own, own, own)))
                .body("responses.byThePerson", equalTo(List.of(false, true, true)))
                .extract().path("responses[2].id");
        assertEquals(List.of(MUNICIPALITY + "|false", "null|true", "null|true"), storedAnswerers(id));
        StoredRows.assertNoneHolds(dataSource, "meeting_response", person);

        // The chair accepts the person's proposal as any invitee's.
        municipalityMatching(id).body("{\"startsAt\": \"" + PROPOSED + "\", \"acceptsResponseId\": \"" + proposal
                + "\"}").post("/api/v1/meetings/" + id + "/rescheduling").then().statusCode(200)
                .body("startsAt", equalTo(PROPOSED_UTC));
    }

    @Test
    void thePersonMayNotAnswerForAnotherInviteeOrAMeetingTheyAreNotInvitedTo() {
        String person = TestPersons.next();
        String personRef = ref(person);
        UUID planId = knownPlan(plans, personRef, "SIP");
        String id = bookWithTheIndividual(planId, person, relative("Anna Tolvansson"));
        List<String> invitees = inviteeIds(id);

        // The municipality (a party) and the relative: each the same 422, naming no one.
        for (String other : List.of(invitees.get(1), invitees.get(3), UUID.randomUUID().toString())) {
            String problem = Tokens.asIndividual(person).body(answer(other, "DECLINED")).post(responses(id))
                    .then().statusCode(422).body("type", equalTo("urn:sip:problem:rule-violation"))
                    .extract().asString();
            for (String named : List.of(other, "Motala", "Anna", "Tolvan", person.substring(2))) {
                assertFalse(problem.contains(named), "the refusal names " + named);
            }
        }
        // A meeting about them that does not invite them: no invitation of theirs to answer.
        String notInvited = book(planId, person, AHEAD);
        Tokens.asIndividual(person).body("{\"answer\": \"ACCEPTED\"}").post(responses(notInvited))
                .then().statusCode(422).body("type", equalTo("urn:sip:problem:rule-violation"));

        municipality().get("/api/v1/meetings/" + id).then().statusCode(200).body("responses", empty());
        municipality().get("/api/v1/meetings/" + notInvited).then().statusCode(200).body("responses", empty());
        // Their own answer then is the first and only one on the bus: the refused ones published nothing.
        Tokens.asIndividual(person).body("{\"answer\": \"ACCEPTED\"}").post(responses(id)).then().statusCode(200);
        List<ConsumerRecord<String, byte[]>> answered = await().atMost(ARRIVAL)
                .until(() -> meetingEventsOfType(personRef, EventTypes.MEETING_ANSWERED), l -> !l.isEmpty());
        assertEquals(1, answered.size());
        assertEquals(invitees.get(0), dataOf(answered.get(0)).get("inviteeId").asText());
    }

    @Test
    void anotherPersonAndAnOfficialsMeetingAreNotFoundAndAnOrganisationStillNamesTheInvitee() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, ref(person), "SIP");
        String id = bookWithTheIndividual(planId, person);
        String officials = municipality().body(meeting(planId, person, "OFFICIALS", AHEAD, municipalityParty(),
                regionParty())).post("/api/v1/meetings").then().statusCode(201).extract().path("id");

        Tokens.asIndividual(TestPersons.next()).body("{\"answer\": \"ACCEPTED\"}").post(responses(id))
                .then().statusCode(404).body("type", equalTo("urn:sip:problem:not-found"));
        Tokens.asIndividual(person).body("{\"answer\": \"ACCEPTED\"}").post(responses(officials))
                .then().statusCode(404).body("type", equalTo("urn:sip:problem:not-found"));
        // An organisation names the invitee it answers for, as before the person could answer.
        municipality().body("{\"answer\": \"ACCEPTED\"}").post(responses(id)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("inviteeId")));
        // Calendar replies stay the organisations': the role may not send one.
        Tokens.asIndividual(person).contentType("text/calendar").body("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
                .post("/api/v1/meetings/" + id + "/calendar-replies").then().statusCode(403);

        municipality().get("/api/v1/meetings/" + id).then().statusCode(200).body("responses", empty());
        municipality().get("/api/v1/meetings/" + officials).then().statusCode(200).body("responses", empty());
    }

    /** A SIP meeting the municipality books inviting the individual, itself, the region and {@code more}. */
    private static String bookWithTheIndividual(UUID planId, String person, String... more) {
        List<String> invitees = new ArrayList<>(List.of(individual(), municipalityParty(), regionParty()));
        invitees.addAll(List.of(more));
        return municipality().body(meeting(planId, person, "SIP", AHEAD, invitees.toArray(String[]::new)))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    private static String responses(String id) {
        return "/api/v1/meetings/" + id + "/responses";
    }

    private static String answer(String inviteeId, String answer) {
        return "{\"inviteeId\": \"" + inviteeId + "\", \"answer\": \"" + answer + "\"}";
    }

    private static String answer(String inviteeId, String answer, String proposedStartsAt) {
        return "{\"inviteeId\": \"" + inviteeId + "\", \"answer\": \"" + answer + "\", \"proposedStartsAt\": \""
                + proposedStartsAt + "\"}";
    }

    /** Who gave each stored answer of the meeting, in order: the organisation and whether the person did. */
    private List<String> storedAnswerers(String id) {
        try (Connection db = dataSource.getConnection(); PreparedStatement q = db.prepareStatement(
                "SELECT answered_by_org, answered_by_person FROM meeting_response WHERE meeting_id = ?"
                        + " ORDER BY position")) {
            q.setObject(1, UUID.fromString(id));
            List<String> rows = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getBoolean(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String ref(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
