package se.sip.consent;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/** The organisations and request bodies the consent tests share. */
final class ConsentFixtures {

    static final String MUNICIPALITY = "kommun-0583";
    static final String REGION = "region-ostergotland-beroende";
    static final String SIS = "sis-lvm-hem-1";
    static final String STRANGER = "kommun-0180";

    private ConsentFixtures() {
    }

    /** One of our own services, as its service token names it. */
    static RequestSpecification ownService() {
        return given().header("Authorization", Tokens.service("plan-service")).contentType(ContentType.JSON);
    }

    static RequestSpecification caseworker(String org) {
        return as("cw-1", org, "MUNICIPALITY", "caseworker");
    }

    static RequestSpecification as(String sub, String org, String orgType, String... groups) {
        return Tokens.as(sub, org, orgType, groups);
    }

    static String granted(String personId) {
        return """
                {
                  "personId": "%s",
                  "decision": "GRANTED",
                  "givenBy": {"role": "INDIVIDUAL"},
                  "form": "WRITTEN",
                  "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION", "INVITE_RELATIVES"],
                  "parties": [
                    {"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
                    {"orgId": "%s", "orgType": "REGION", "name": "Beroendemottagningen"}
                  ],
                  "relatives": [{"name": "Anna Andersson", "relation": "sister"}],
                  "validFrom": "2024-01-01",
                  "restrictions": "Nothing to my employer."
                }""".formatted(personId, MUNICIPALITY, REGION);
    }

    /**
     * A child of ten on the fixtures' {@code validFrom} (2024-01-01), born on some day of 2013 so that two children
     * are not the same person: their guardians give their consent (seed 004), as in {@link #guardians}.
     */
    static String child() {
        return TestPersons.bornOn(LocalDate.of(2013, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365)));
    }

    /** As {@link #granted}, given by both guardians of a child in joint custody: Lisa Berg and Per Berg. */
    static String guardians(String personId) {
        return granted(personId).replace("\"givenBy\": {\"role\": \"INDIVIDUAL\"},",
                "\"givenBy\": {\"role\": \"GUARDIAN\", \"name\": \"Lisa Berg\"}, \"coGuardian\": {\"name\": \"Per Berg\"},");
    }

    /** As {@link #granted}, with this last valid day. */
    static String grantedUntil(String personId, java.time.LocalDate validUntil) {
        return granted(personId).replace("\"validFrom\": \"2024-01-01\",",
                "\"validFrom\": \"2024-01-01\", \"validUntil\": \"" + validUntil + "\",");
    }

    /** Records a granted consent as the municipality and returns its id. */
    static String recordGranted(String personId) {
        return caseworker(MUNICIPALITY).body(granted(personId))
                .post("/api/v1/consents").then().statusCode(201).extract().path("id");
    }
}
