package se.sip.platform.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.assertNotMentioning;
import static se.sip.platform.probe.ProbeCalls.caseworker;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** What the framework refuses before a handler runs is an RFC 9457 problem too, and quotes nothing of the request. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ProblemMappersTest {

    @Inject
    EntityManager em;

    @Test
    void anUnreadableQueryParameterIsA400NamingItAndAnUnreadablePathStaysA404() {
        String probe = "/api/v1/query-probe";
        caseworker(MUNICIPALITY).queryParam("outcome", "DENIED").queryParam("id", "3f0e2a52-8c1d-4f7e-9a51-0c2b7d1e4a10")
                .queryParam("from", "2026-12-01T09:00:00+01:00").queryParam("on", "2026-12-01").queryParam("n", "3")
                .get(probe).then().statusCode(200);
        for (String name : new String[] { "outcome", "id", "from", "on", "n" }) {
            caseworker(MUNICIPALITY).queryParam(name, "not-one").get(probe).then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", equalTo(name))
                    .body("errors[0].message", not(containsString("not-one")));
        }
        caseworker(MUNICIPALITY).queryParam("outcome", "maybe").get(probe).then().statusCode(400)
                .body("errors[0].message", equalTo("must be one of PERMITTED, DENIED, NOT_FOUND"));
        caseworker(MUNICIPALITY).get(RECORDS + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownPathsAndMethodsAndMediaTypesAreProblems() {
        caseworker(MUNICIPALITY).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(PROBLEM).body("status", equalTo(404));
        caseworker(MUNICIPALITY).delete(RECORDS).then().statusCode(405)
                .contentType(PROBLEM).body("status", equalTo(405));
        caseworker(MUNICIPALITY).contentType("text/plain").body("hello").post(RECORDS).then()
                .statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
        caseworker(MUNICIPALITY).get(RECORDS + "/not-a-uuid").then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void anAnswerThatCannotBeWrittenIsOurErrorNotTheCallers() {
        caseworker(MUNICIPALITY).post("/api/v1/idempotency-probe/unwritable").then().statusCode(500)
                .contentType(PROBLEM)
                .body("detail", startsWith("Something went wrong on our side. Error id: "))
                .body(not(containsString("on purpose")));
    }

    @Test
    void malformedJsonIsAProblemThatDoesNotQuoteTheBody() {
        String person = TestPersons.next();
        long before = storedRecords();
        String body = caseworker(MUNICIPALITY).body("{\"personId\": \"" + person + "\", \"text\": ")
                .post(RECORDS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:sip:problem:malformed-json"))
                .body("detail", containsString("not valid JSON"))
                .extract().asString();
        assertNotMentioning(body, person);
        body = caseworker(MUNICIPALITY).body("{\"personId\": \"" + person + "\", \"text\": Met}")
                .post(RECORDS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:sip:problem:malformed-json"))
                .body("detail", containsString("line 1"))
                .extract().asString();
        assertNotMentioning(body, person);
        assertEquals(before, storedRecords());
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndNothingIsStored() {
        long before = storedRecords();
        String text = "x".repeat(300 * 1024);
        caseworker(MUNICIPALITY).body("{\"personId\": \"" + TestPersons.next() + "\", \"text\": \"" + text + "\"}")
                .post(RECORDS).then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:sip:problem:payload-too-large"))
                .body("status", equalTo(413));
        assertEquals(before, storedRecords());
    }

    private long storedRecords() {
        return em.createQuery("select count(r) from ProbeRecord r", Long.class).getSingleResult();
    }
}
