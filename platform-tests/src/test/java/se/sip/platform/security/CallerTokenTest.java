package se.sip.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.record;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * A caller is known only from a token that is present, signed by the trusted key, for this deployment, issued within
 * the hour, unexpired and complete.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class CallerTokenTest {

    @Test
    void aTokenIsRequiredValidAndUnexpired() {
        String person = TestPersons.next();
        given().contentType(ContentType.JSON).body(record(person)).post(RECORDS)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer " + Tokens.signedByStranger("x", MUNICIPALITY, "MUNICIPALITY", "caseworker"))
                .queryParam("personId", person).get(RECORDS).then().statusCode(401)
                .contentType(PROBLEM).body("status", equalTo(401));
        given().header("Authorization", "Bearer " + Tokens.expired("x", MUNICIPALITY, "MUNICIPALITY", "caseworker"))
                .queryParam("personId", person).get(RECORDS).then().statusCode(401)
                .contentType(PROBLEM);
        // A token for another deployment, and one issued longer ago than an hour, however far its expiry.
        given().header("Authorization", "Bearer " + Tokens.forAudience("another-deployment", "x", MUNICIPALITY,
                "MUNICIPALITY", "caseworker")).queryParam("personId", person).get(RECORDS).then().statusCode(401)
                .contentType(PROBLEM);
        given().header("Authorization", "Bearer " + Tokens.tooOld("x", MUNICIPALITY, "MUNICIPALITY", "caseworker"))
                .queryParam("personId", person).get(RECORDS).then().statusCode(401);
        given().header("Authorization", "Bearer " + Tokens.token("x", MUNICIPALITY, "MUNICIPALITY", "caseworker"))
                .queryParam("personId", person).get(RECORDS).then().statusCode(200);
        given().header("Authorization", "Bearer not.a.token")
                .queryParam("personId", person).get(RECORDS).then().statusCode(401);
        given().header("Authorization", "Bearer " + Tokens.token("x", MUNICIPALITY, "PLANET", "caseworker"))
                .queryParam("personId", person).get(RECORDS).then().statusCode(401);
    }

    @Test
    void aTokenVerifiedBeforeVouchesForNoOtherSignature() {
        String person = TestPersons.next();
        String token = Tokens.token("x", MUNICIPALITY, "MUNICIPALITY", "caseworker");
        given().header("Authorization", "Bearer " + token)
                .queryParam("personId", person).get(RECORDS).then().statusCode(200);
        // The same header and claims under a signature the key never made.
        int cut = token.lastIndexOf('.') + 1;
        String signature = token.substring(cut);
        String forged = token.substring(0, cut) + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        given().header("Authorization", "Bearer " + forged)
                .queryParam("personId", person).get(RECORDS).then().statusCode(401);
        given().header("Authorization", "Bearer " + token)
                .queryParam("personId", person).get(RECORDS).then().statusCode(200);
    }
}
