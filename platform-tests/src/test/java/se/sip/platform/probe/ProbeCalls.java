package se.sip.platform.probe;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.specification.RequestSpecification;

import se.sip.testinfra.Tokens;

/** The callers, organisations and request bodies the platform's tests share, and their calls to the probe. */
public final class ProbeCalls {

    public static final String RECORDS = "/api/v1/probe-records";
    public static final String PROBLEM = "application/problem+json";
    public static final String MUNICIPALITY = "kommun-0583";
    public static final String REGION = "region-ostergotland-beroende";
    public static final String STRANGER = "kommun-0180";

    private ProbeCalls() {
    }

    public static RequestSpecification caseworker(String org) {
        return as("cw-1", org, "MUNICIPALITY", "caseworker");
    }

    public static RequestSpecification auditor(String org) {
        return as("aud-1", org, "MUNICIPALITY", "auditor");
    }

    public static RequestSpecification as(String sub, String org, String orgType, String... groups) {
        return Tokens.as(sub, org, orgType, groups);
    }

    /** A probe record's body; laid out over several lines, so that the same JSON on one line is other bytes. */
    public static String record(String personId) {
        return """
                {
                  "personId": "%s",
                  "text": "Met at the clinic"
                }""".formatted(personId);
    }

    /** Records a probe record about the person as the municipality and returns its id. */
    public static String recordOne(String personId) {
        return caseworker(MUNICIPALITY).body(record(personId)).post(RECORDS).then().statusCode(201)
                .extract().path("id");
    }

    /** Neither the twelve digits nor the ten-digit form of the number appear in {@code body}. */
    public static void assertNotMentioning(String body, String person) {
        assertFalse(body.contains(person), "the body names the person: " + body);
        assertFalse(body.contains(person.substring(2)), "the body names the person");
    }
}
