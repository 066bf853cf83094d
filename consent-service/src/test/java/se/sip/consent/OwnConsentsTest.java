package se.sip.consent;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.SIS;
import static se.sip.consent.ConsentFixtures.as;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.granted;
import static se.sip.consent.ConsentFixtures.recordGranted;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;
import static se.sip.consent.ConsentTopic.awaitEvents;
import static se.sip.consent.ConsentTopic.awaitTypes;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The person themselves (role individual) reads every consent and declined offer recorded about them, whoever recorded
 * it, and withdraws their own consent; nobody else's, and staff do not call the person's list.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class OwnConsentsTest {

    private static final String OWN = "/api/v1/me/consents";
    private static final String GRANTED = "se.sip.consent.granted.v1";
    private static final String WITHDRAWN = "se.sip.consent.withdrawn.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonRefs personRefs;

    @Test
    void thePersonListsTheirOwnConsentsWhoeverRecordedThemAndNobodyElses() {
        String person = TestPersons.next();
        String someoneElse = TestPersons.next();
        String byMunicipality = recordGranted(person);
        String othersConsent = recordGranted(someoneElse);
        String byRegion = caseworker(REGION).body(granted(person).replace("Nothing to my employer.",
                "Not my psychiatric history.")).post("/api/v1/consents").then().statusCode(201).extract().path("id");
        String declined = caseworker(SIS).body(declined(person)).post("/api/v1/consents").then().statusCode(201)
                .extract().path("id");

        String body = Tokens.asIndividual(person).get(OWN).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(declined, byRegion, byMunicipality))
                .body("items.status", contains("DECLINED", "ACTIVE", "ACTIVE"))
                .body("items.recordedBy.org", contains(SIS, REGION, MUNICIPALITY))
                .body("items[1].purposes", containsInAnyOrder("CONVENE_MEETING", "SHARE_INFORMATION",
                        "INVITE_RELATIVES"))
                .body("items[1].parties.name", contains("Motala kommun", "Beroendemottagningen"))
                .body("items[1].validFrom", equalTo("2024-01-01"))
                .body("items[1].restrictions", equalTo("Not my psychiatric history."))
                .body("items[2].restrictions", equalTo("Nothing to my employer."))
                .body("items[2].relatives.name", contains("Anna Andersson"))
                .body("items[0].individualPosition", equalTo("Not now."))
                // Not their number (they know it), nor a staff member's user id.
                .body("items.personRef", everyItem(nullValue()))
                .body("items.recordedBy.sub", everyItem(nullValue()))
                .extract().asString();
        assertNotMentioning(body, person);
        assertFalse(body.contains(othersConsent), "the person sees someone else's consent: " + body);
        assertFalse(body.contains(personRef(person)), "the answer carries the personRef");

        // Paged like every list.
        Tokens.asIndividual(person).queryParams(Map.of("size", 2, "page", 1)).get(OWN).then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(byMunicipality));

        // Another person sees none of them, only their own.
        String others = Tokens.asIndividual(someoneElse).get(OWN).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(othersConsent))
                .extract().asString();
        List.of(byMunicipality, byRegion, declined).forEach(id -> assertFalse(others.contains(id), others));
        Tokens.asIndividual(TestPersons.next()).get(OWN).then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void thePersonReadsAndWithdrawsTheirOwnConsentAndThePartiesAreTold() {
        String person = TestPersons.next();
        String id = recordGranted(person);

        String read = Tokens.asIndividual(person).get("/api/v1/consents/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(id)).body("status", equalTo("ACTIVE"))
                .body("restrictions", equalTo("Nothing to my employer."))
                .body("recordedBy.org", equalTo(MUNICIPALITY)).body("recordedBy.sub", nullValue())
                .extract().asString();
        assertNotMentioning(read, person);

        withdraw(person, id, "{\"reason\": \"I no longer want this.\"}").statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("I no longer want this."))
                .body("withdrawal.by.role", equalTo("INDIVIDUAL"))
                .body("withdrawal.org", nullValue())
                .body("personId", nullValue());

        // The organisations see it as withdrawn by the person, and the consent no longer permits anything.
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.by.role", equalTo("INDIVIDUAL"))
                .body("withdrawal.org", nullValue());
        ConsentFixtures.ownService()
                .body("{\"personId\": \"" + person + "\", \"orgIds\": [\"" + REGION + "\"], \"purpose\":"
                        + " \"SHARE_INFORMATION\"}")
                .post("/api/v1/consent-decisions/search").then().statusCode(200)
                .body("decisions[0].permitted", equalTo(false));

        // The same event as any withdrawal: what plan-service closes plans and ends access by.
        assertEquals(List.of(GRANTED, WITHDRAWN), awaitTypes(id, 2));
        JsonNode data = data(awaitEvents(id, 2).get(1));
        assertEquals("WITHDRAWN", data.get("status").asText());
        assertEquals(MUNICIPALITY, data.get("recordedByOrg").asText());
        assertEquals(List.of(MUNICIPALITY, REGION), JSON.convertValue(data.get("partyOrgIds"), List.class));

        // Once is enough: it is no longer active.
        withdraw(person, id, "{\"reason\": \"Again.\"}").statusCode(409)
                .body("type", equalTo("urn:sip:problem:conflict"));

        // The person's own access-log extract shows their read and their withdrawal as theirs.
        Tokens.asIndividual(person).get("/api/v1/me/access-log").then().statusCode(200)
                .body("items.findAll { it.byYou && it.resourceType == 'consent' }.action",
                        hasItem("WRITE"))
                .body("items.findAll { it.byYou && it.resourceType == 'consent' }.action",
                        hasItem("READ"));
    }

    @Test
    void thePersonWithdrawsAsThemselvesOnly() {
        String person = TestPersons.next();
        String id = recordGranted(person);

        String body = withdraw(person, id, """
                {"reason": "x", "withdrawnBy": {"role": "GUARDIAN", "name": "Lisa Berg"}}""")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .extract().asString();
        assertFalse(body.contains("Lisa"), "the problem names someone: " + body);
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().body("status", equalTo("ACTIVE"));

        // Naming themselves is what the person does anyway; a name they add is not kept.
        withdraw(person, id, """
                {"reason": "x", "withdrawnBy": {"role": "INDIVIDUAL", "name": "Someone"}}""")
                .statusCode(200).body("withdrawal.by.role", equalTo("INDIVIDUAL"))
                .body("withdrawal.by.name", nullValue());
    }

    /** Withdrawing is as easy as consenting: the person owes nobody a reason. An organisation records one. */
    @Test
    void thePersonNeedGiveNoReason() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        caseworker(MUNICIPALITY).body("{}").post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        caseworker(MUNICIPALITY).body("{\"reason\": \"  \"}").post("/api/v1/consents/" + id + "/withdrawal").then()
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        withdraw(person, id, "{}").statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", nullValue()).body("withdrawal.by.role", equalTo("INDIVIDUAL"));
    }

    @Test
    void anotherPersonNeitherReadsNorWithdrawsIt() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        String stranger = TestPersons.next();

        String read = Tokens.asIndividual(stranger).get("/api/v1/consents/" + id).then().statusCode(404)
                .body("type", equalTo("urn:sip:problem:not-found")).extract().asString();
        assertNotMentioning(read, person);
        String withdrawal = withdraw(stranger, id, "{\"reason\": \"Not mine.\"}").statusCode(404)
                .body("type", equalTo("urn:sip:problem:not-found")).extract().asString();
        assertNotMentioning(withdrawal, person);

        Tokens.asIndividual(person).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("withdrawal", nullValue());
        assertEquals(List.of(GRANTED), awaitTypes(id, 1), "a withdrawal was announced");
    }

    @Test
    void staffDoNotCallThePersonsList() {
        List.of("caseworker", "manager", "partner", "integration", "auditor").forEach(role ->
                as("staff-1", MUNICIPALITY, "MUNICIPALITY", role).get(OWN).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:sip:problem:forbidden")));
        // Nor does the person call what is the organisations'.
        String person = TestPersons.next();
        recordGranted(person);
        Tokens.asIndividual(person).queryParam("personId", person).get("/api/v1/consents").then().statusCode(403);
        Tokens.asIndividual(person).body(granted(person)).post("/api/v1/consents").then().statusCode(403);
    }

    private static String declined(String person) {
        return """
                {"personId": "%s", "decision": "DECLINED", "givenBy": {"role": "INDIVIDUAL"}, "form": "VERBAL",
                 "needsSeen": "Housing and treatment.", "individualPosition": "Not now."}""".formatted(person);
    }

    private static ValidatableResponse withdraw(String person, String id, String body) {
        return Tokens.asIndividual(person).body(body).post("/api/v1/consents/" + id + "/withdrawal").then();
    }

    private String personRef(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).get("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
