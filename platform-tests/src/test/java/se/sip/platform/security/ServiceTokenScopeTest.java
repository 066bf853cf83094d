package se.sip.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.recordOne;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/** Our own services' tokens read; they never write as if they were a person. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ServiceTokenScopeTest {

    private static final String SERVICE = Tokens.bearer("meeting-service", "sip-platform", "OTHER", "integration");

    @Test
    void aServiceTokenReadsButDoesNotWrite() {
        String id = recordOne(TestPersons.next());
        // The role integration may archive, but not with our services' token.
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).post(RECORDS + "/" + id + "/archive")
                .then().statusCode(403)
                .contentType(PROBLEM).body("detail", equalTo("Our services' tokens only read."));
        // A read passes the scope (here to an unknown path, which every caller gets as 404).
        given().header("Authorization", SERVICE).get("/api/v1/nothing-here/" + UUID.randomUUID()).then().statusCode(404);
        // A partner's integration, in its own organisation, writes as its role lets it.
        given().header("Authorization", Tokens.bearer("journal", MUNICIPALITY, "MUNICIPALITY", "integration"))
                .contentType(ContentType.JSON).post(RECORDS + "/" + id + "/archive").then().statusCode(200).body("archived", equalTo(true));
    }
}
