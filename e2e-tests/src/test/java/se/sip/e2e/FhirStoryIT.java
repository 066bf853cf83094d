package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * A regional system reads a person's plan, consent, meetings and, as an auditor, who read them, as FHIR R4 from
 * fhir-service, which asks the four services with the caller's own token. Every resource read here passes HAPI's
 * validator against the base R4 profiles.
 */
@ExtendWith(Stack.class)
class FhirStoryIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String PERSONNUMMER = "urn:oid:1.2.752.129.2.1.3.1";

    @Test
    void thePlanConsentMeetingsAndWhoReadThemAreValidFhir() {
        String personId = TestPersons.next();
        String planId = Stories.lvmPlanEveryPartyKnows(personId);
        String etag = Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .extract().header("ETag");
        Org.MUNICIPALITY.to(Stack.PLAN).header("If-Match", etag).body("""
                {"currentSituation": "Bor på LVM-hemmet.",
                 "goals": [{"text": "Ett eget förstahandskontrakt.", "targetDate": "%s"}]}"""
                .formatted(Bodies.today().plusMonths(6))).put("/api/v1/plans/{id}/life-areas/HOUSING", planId)
                .then().statusCode(200);
        Org.MUNICIPALITY.to(Stack.PLAN).body(Bodies.action("SUBSTANCE_USE", "ADDICTION_TREATMENT", Org.REGION,
                Bodies.today().plusMonths(1), Bodies.today().plusMonths(7)))
                .post("/api/v1/plans/{id}/actions", planId).then().statusCode(201);
        String meetingId = Stories.book(1, planId, personId, "SIP", 14);

        String metadata = RestAssured.given().baseUri(Stack.url(Stack.FHIR)).get("/fhir/r4/metadata").then()
                .statusCode(200).extract().asString();
        FhirValidation.assertValid(metadata);

        // The region reads the plan once plan-service has the consent that shares it with the region.
        JsonPath plans = await().atMost(EVENTUALLY).until(() -> search(Org.REGION, "caseworker", "CarePlan", personId),
                found -> found.getInt("total") == 1);
        assertEquals(planId, plans.getString("entry[0].resource.id"));
        assertEquals("active", plans.getString("entry[0].resource.status"));
        assertEquals(List.of("Goal", "Goal", "CareTeam").stream().sorted().toList(),
                plans.getList("entry[0].resource.contained.resourceType", String.class).stream().sorted().toList());
        assertEquals(1, plans.getList("entry[0].resource.activity").size());
        assertEquals(personId, plans.getString("entry[0].resource.subject.identifier.value"));

        JsonPath consents = search(Org.SIS, "caseworker", "Consent", personId);
        assertEquals("active", consents.getString("entry[0].resource.status"));
        assertTrue(consents.getList("entry[0].resource.provision.actor.reference.identifier.value", String.class)
                .contains(Org.REGION.id()));

        JsonPath appointments = await().atMost(EVENTUALLY).until(
                () -> search(Org.MUNICIPALITY, "caseworker", "Appointment", personId),
                found -> found.getInt("total") == 1);
        assertEquals(meetingId, appointments.getString("entry[0].resource.id"));
        assertEquals("booked", appointments.getString("entry[0].resource.status"));

        // Nobody else's: an organisation outside the plan finds nothing, and a caseworker may not read the log.
        assertEquals(0, search(Org.OUTSIDER, "caseworker", "CarePlan", personId).getInt("total"));
        fhir(Org.SIS, "caseworker").body("patient:identifier=" + PERSONNUMMER + "|" + personId)
                .post("/fhir/r4/AuditEvent/_search").then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));

        // The region's auditor sees the region's reads of the plan above, made through fhir-service.
        JsonPath audit = search(Org.REGION, "auditor", "AuditEvent", personId);
        assertTrue(audit.getInt("total") > 0);
        assertTrue(audit.getList("entry.resource.findAll { it.source.site == 'plan-service' && it.action == 'R' }"
                + ".agent.who.identifier.value.flatten()", String.class).contains(Org.REGION.id()));
        assertTrue(audit.getList("entry.resource.agent.role.text.flatten().flatten()", String.class)
                .contains("caseworker"));

        // A search in the URL is refused before anything is read, and says how to search.
        fhir(Org.REGION, "caseworker").get("/fhir/r4/CarePlan?patient:identifier=" + PERSONNUMMER + "|" + personId)
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("POST CarePlan/_search"))
                .body(not(containsString(personId)));
    }

    /** POST [type]/_search by personnummer as the organisation's role; the Bundle, validated. */
    private static JsonPath search(Org org, String role, String type, String personId) {
        String body = fhir(org, role).body("patient:identifier=" + PERSONNUMMER + "|" + personId)
                .post("/fhir/r4/{type}/_search", type).then().statusCode(200)
                .contentType("application/fhir+json").body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset")).extract().asString();
        FhirValidation.assertValid(body);
        JsonPath bundle = JsonPath.from(body);
        assertEquals(bundle.getInt("total"), bundle.getList("entry.resource.resourceType", String.class).stream()
                .filter(type::equals).count());
        return bundle;
    }

    private static RequestSpecification fhir(Org org, String role) {
        return RestAssured.given().baseUri(Stack.url(Stack.FHIR))
                .header("Authorization", Tokens.bearer("fhir-" + role + "-" + org.id(), org.id(), org.type(), role))
                .contentType(ContentType.URLENC.withCharset("UTF-8"));
    }
}
