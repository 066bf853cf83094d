package se.sip.platform.ratelimit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.REGION;
import static se.sip.platform.probe.ProbeCalls.as;
import static se.sip.platform.probe.ProbeCalls.record;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * A runaway caller meets 429 with Retry-After and a problem, per caller and per organisation, and nothing it sent
 * past its limit is stored; other organisations and other kinds of request go on. The limits are made tiny here.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TinyLimits.class)
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class RateLimitTest {

    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Per minute, so that no token comes back while the test runs.
            return Map.of("sip.rate-limit.period", "PT1M", "sip.rate-limit.writes-per-caller", "1",
                    "sip.rate-limit.writes-per-organisation", "1");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void aCallerAndThenItsOrganisationAreLimitedAnotherOrganisationIsNot() {
        long before = stored();
        for (int n = 0; n < 2; n++) {
            as("runaway", MUNICIPALITY, "MUNICIPALITY", "caseworker").body(record(TestPersons.next())).post(RECORDS)
                    .then().statusCode(201);
        }
        String retryAfter = as("runaway", MUNICIPALITY, "MUNICIPALITY", "caseworker").body(record(TestPersons.next()))
                .post(RECORDS).then().statusCode(429).contentType(PROBLEM)
                .body("type", equalTo("urn:sip:problem:too-many-requests"))
                .body("detail", containsString("from your caller")).extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) > 1 && Integer.parseInt(retryAfter) <= 60, retryAfter);
        // A colleague has a bucket of their own, but the organisation's is empty by now.
        as("colleague", MUNICIPALITY, "MUNICIPALITY", "caseworker").body(record(TestPersons.next())).post(RECORDS)
                .then().statusCode(429).body("detail", containsString("from your organisation"));
        assertEquals(before + 2, stored());

        as("other", REGION, "REGION", "caseworker").body(record(TestPersons.next())).post(RECORDS).then()
                .statusCode(201);
        // Reads count against their own, higher limit.
        as("runaway", MUNICIPALITY, "MUNICIPALITY", "caseworker").get(RECORDS + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    private long stored() {
        return em.createQuery("select count(r) from ProbeRecord r", Long.class).getSingleResult();
    }
}
