package se.sip.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.as;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.body;
import static se.sip.plan.PlanFixtures.lvmAftercare;
import static se.sip.plan.PlanFixtures.municipality;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonRefs personRefs;

    @Inject
    JWTParser jwtParser;

    @Inject
    EntityManager em;

    @Test
    void startsAnLvmAftercarePlanAfterAskingConsentServiceWithAServiceToken() throws Exception {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String location = municipality().body(lvmAftercare(TestPersons.withHyphen(person))).post("/api/v1/plans")
                .then().statusCode(201)
                .header("Location", matchesRegex(".*/api/v1/plans/[0-9a-f-]{36}"))
                .header("ETag", equalTo("\"0\""))
                .body("personId", equalTo(person))
                .body("personRef", equalTo(personRef))
                .body("kind", equalTo("LVM_AFTERCARE"))
                .body("status", equalTo("ACTIVE"))
                .body("lead.orgId", equalTo(MUNICIPALITY))
                .body("parties.orgId", equalTo(List.of(MUNICIPALITY, SIS, REGION)))
                .body("careEpisode.lvmStartedOn", equalTo("2026-10-01"))
                .body("horizonMonths", equalTo(12))
                .body("created.org", equalTo(MUNICIPALITY))
                .body("version", equalTo(0))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        List<FakeConsentService.Request> asked = FakeConsentService.requestsAbout(person);
        assertEquals(1, asked.size(), "one question for the caller and every party");
        assertEquals("SHARE_INFORMATION", asked.get(0).purpose());
        assertEquals(List.of(MUNICIPALITY, SIS, REGION), asked.get(0).orgIds());
        JsonWebToken token = jwtParser.parse(asked.get(0).authorization().substring("Bearer ".length()));
        assertEquals("plan-service", token.getSubject());
        assertEquals("sip-platform", token.getClaim("org"));
        assertEquals("OTHER", token.getClaim("orgType"));
        assertEquals(Set.of("integration"), token.getGroups());
        assertTrue(token.getExpirationTime() - token.getIssuedAtTime() <= Duration.ofMinutes(5).toSeconds());

        municipality().get(location).then().statusCode(200).body("id", equalTo(id));

        ConsumerRecord<String, byte[]> record = awaitPlanEvents(id, 1).get(0);
        assertEquals(personRef, record.key());
        JsonNode event = JSON.readTree(record.value());
        assertEquals("se.sip.plan.created.v1", event.get("type").asText());
        assertEquals("/sip/plan-service", event.get("source").asText());
        JsonNode data = event.get("data");
        assertEquals(personRef, data.get("personRef").asText());
        assertEquals(id, data.get("planId").asText());
        assertEquals("LVM_AFTERCARE", data.get("kind").asText());
        assertEquals("ACTIVE", data.get("status").asText());
        assertEquals(MUNICIPALITY, data.get("leadOrgId").asText());
        assertEquals(List.of(MUNICIPALITY, SIS, REGION), JSON.convertValue(data.get("partyOrgIds"), List.class));
        String value = body(record);
        assertFalse(value.contains(person.substring(2)), "the event carries the personal number");
        assertFalse(value.contains("Motala kommun") || value.contains("lägenhet"), "the event carries names or text");
    }

    @Test
    void withoutConsentNothingIsStoredAndNothingPublished() {
        String person = TestPersons.next();
        FakeConsentService.refuse(person, "ORGANISATION_NOT_COVERED");
        String body = municipality().body(lvmAftercare(person)).post("/api/v1/plans")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("detail", containsString("SHARE_INFORMATION"))
                .body("detail", containsString("ORGANISATION_NOT_COVERED"))
                .extract().asString();
        assertFalse(body.contains(person.substring(2)));
        assertNothingStored(person);
    }

    @Test
    void whenConsentServiceIsDownOrFailsTheWriteIsRefused() {
        String person = TestPersons.next();
        FakeConsentService.down();
        try {
            municipality().body(lvmAftercare(person)).post("/api/v1/plans")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("urn:sip:problem:service-unavailable"))
                    .body("detail", not(containsString(person.substring(2))));
        } finally {
            FakeConsentService.up();
        }
        FakeConsentService.fail(person, 500);
        municipality().body(lvmAftercare(person)).post("/api/v1/plans").then().statusCode(503);
        assertNothingStored(person);
    }

    @Test
    void whenConsentServiceAnswersTooLateTheWriteIsRefusedAfterAboutThreeSeconds() {
        String person = TestPersons.next();
        FakeConsentService.hang(person);
        long started = System.nanoTime();
        try {
            municipality().body(lvmAftercare(person)).post("/api/v1/plans")
                    .then().statusCode(503).body("type", equalTo("urn:sip:problem:service-unavailable"));
        } finally {
            FakeConsentService.release();
        }
        long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(waited >= 2_500 && waited < 10_000, "waited " + waited + " ms");
        assertNothingStored(person);
    }

    @Test
    void theKindsRulesAreProblemsThatSayWhy() {
        String person = TestPersons.next();
        String lvm = lvmAftercare(person);
        assertRule(lvm.replace("\"orgType\": \"SIS\"", "\"orgType\": \"OTHER\""), "needs the SiS institution");
        assertRule(lvm.replaceAll("\"careEpisode\": \\{[^}]*\\},", ""), "needs the careEpisode");
        assertRule(lvm.replace("\"lead\": {\"orgId\": \"" + MUNICIPALITY, "\"lead\": {\"orgId\": \"kommun-9999"),
                "the lead (huvudansvarig) must be one of the parties");
        assertRule(lvm.replace("LVM_AFTERCARE", "COLLABORATION"), "is a SIP, not a COLLABORATION");
        assertRule(lvm.replace("LVM_AFTERCARE", "SIP").replace("\"orgType\": \"REGION\"", "\"orgType\": \"OTHER\""),
                "needs a REGION party");
        assertRule(lvm.replace("LVM_AFTERCARE", "YOUTH_ASSIGNMENT")
                .replace("\"orgType\": \"MUNICIPALITY\"", "\"orgType\": \"OTHER\""), "needs a MUNICIPALITY party");
        as("cw-9", "kommun-0180", "MUNICIPALITY", "caseworker").body(lvm).post("/api/v1/plans")
                .then().statusCode(422).body("detail", containsString("your organisation must be one of the parties"));
        municipality().body(lvm.replace("LVM_AFTERCARE", "SIP")).post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void anInvalidBodyNamesTheFields() {
        municipality().body("""
                {"personId": "%s", "kind": "SIP", "lead": {"orgId": ""}, "parties": [], "horizonMonths": 0}"""
                .formatted(TestPersons.withWrongCheckDigit(TestPersons.next())))
                .post("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("personId"))
                .body("errors.field", hasItem("lead.orgId"))
                .body("errors.field", hasItem("parties"))
                .body("errors.field", hasItem("horizonMonths"))
                .body("errors.field", hasItem("individualGoal"))
                .body("errors.field", hasItem("needs"));
    }

    @Test
    void tokensAndRolesAreChecked() {
        String body = lvmAftercare(TestPersons.next());
        io.restassured.RestAssured.given().contentType("application/json").body(body).post("/api/v1/plans")
                .then().statusCode(401);
        as("a-1", MUNICIPALITY, "MUNICIPALITY", "auditor").body(body).post("/api/v1/plans").then().statusCode(403);
        as("p-1", MUNICIPALITY, "MUNICIPALITY", "partner").body(body).post("/api/v1/plans").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/plans/" + java.util.UUID.randomUUID()).then().statusCode(401);
        as("a-1", MUNICIPALITY, "MUNICIPALITY", "auditor").queryParam("personId", TestPersons.next())
                .get("/api/v1/plans").then().statusCode(403);
        String closure = "/api/v1/plans/" + java.util.UUID.randomUUID() + "/closure";
        io.restassured.RestAssured.given().contentType("application/json").body("{\"reason\": \"OTHER\"}")
                .post(closure).then().statusCode(401);
        as("p-1", MUNICIPALITY, "MUNICIPALITY", "partner").body("{\"reason\": \"OTHER\"}").post(closure)
                .then().statusCode(403);
        io.restassured.RestAssured.given().header("Authorization", "Bearer "
                + se.sip.testinfra.Tokens.expired("cw-1", MUNICIPALITY, "MUNICIPALITY", "caseworker"))
                .get("/api/v1/plans/" + java.util.UUID.randomUUID()).then().statusCode(401);
    }

    private static void assertRule(String body, String why) {
        municipality().body(body).post("/api/v1/plans").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("detail", containsString(why));
    }

    private void assertNothingStored(String person) {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        assertEquals(0L, em.createQuery("select count(p) from Plan p where p.personRef = :ref", Long.class)
                .setParameter("ref", personRef).getSingleResult());
        assertEquals(0L, em.createQuery("select count(e) from OutboxEvent e where e.eventKey = :key", Long.class)
                .setParameter("key", personRef).getSingleResult());
    }
}
