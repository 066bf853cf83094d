package se.sip.consent;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.STRANGER;
import static se.sip.consent.ConsentFixtures.as;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.recordGranted;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.StoredRows;
import se.sip.testinfra.TestPersons;

/**
 * Every access to a person's consents leaves a row: the action, resource and outcome of each of consent-service's
 * calls. The log itself (who reads it, its integrity, that an access it cannot record fails) is the platform's,
 * tested in platform-tests.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class AccessLogTest {

    @Inject
    PersonRefs personRefs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyReadAndWriteIsLoggedForTheAuditorOfTheOrganisationThatMadeIt() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        caseworker(MUNICIPALITY).get("/api/v1/consents/" + id).then().statusCode(200);
        caseworker(MUNICIPALITY).queryParam("personId", person).get("/api/v1/consents").then().statusCode(200);
        caseworker(MUNICIPALITY).body("{\"reason\": \"Told us by phone\"}")
                .post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(200);
        caseworker(MUNICIPALITY).queryParams("personId", person, "orgId", MUNICIPALITY, "purpose", "CONVENE_MEETING")
                .get("/api/v1/consent-decisions").then().statusCode(200);

        String body = log(auditor(MUNICIPALITY), person).statusCode(200)
                .body("total", equalTo(5)).body("items", hasSize(5))
                .body("items.action", contains("READ", "WRITE", "READ", "READ", "WRITE"))
                .body("items.resourceType", contains("consent-decision", "consent", "consent", "consent", "consent"))
                .body("items.resourceId", contains(null, id, null, id, id))
                .body("items.outcome", everyItem(equalTo("PERMITTED")))
                .body("items.sub", everyItem(equalTo("cw-1")))
                .body("items.org", everyItem(equalTo(MUNICIPALITY)))
                .body("items.orgType", everyItem(equalTo("MUNICIPALITY")))
                .body("items.personRef", everyItem(equalTo(personRef(person))))
                .extract().asString();
        assertNotMentioning(body, person);
        StoredRows.assertNoneHolds(dataSource, "access_log", person);
    }

    @Test
    void anotherOrganisationsRefusedAccessIsLogged() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        caseworker(STRANGER).get("/api/v1/consents/" + id).then().statusCode(404);
        caseworker(STRANGER).body("{\"reason\": \"Not ours\"}")
                .post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(404);
        caseworker(STRANGER).queryParams("personId", person, "orgId", STRANGER, "purpose", "SHARE_INFORMATION")
                .get("/api/v1/consent-decisions").then().statusCode(403);

        log(auditor(STRANGER), person).statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("READ", "WRITE", "READ"))
                .body("items.resourceType", contains("consent-decision", "consent", "consent"))
                .body("items.outcome", everyItem(equalTo("DENIED")))
                .body("items.org", everyItem(equalTo(STRANGER)))
                .body("items.personRef", everyItem(equalTo(personRef(person))));
        StoredRows.assertNoneHolds(dataSource, "access_log", person);
    }

    @Test
    void anUnknownIdIsLoggedAsNotFoundWithoutAPerson() {
        String org = "kommun-" + UUID.randomUUID();
        String unknown = UUID.randomUUID().toString();
        caseworker(org).get("/api/v1/consents/" + unknown).then().statusCode(404);

        auditor(org).get("/api/v1/access-log").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].resourceId", equalTo(unknown))
                .body("items[0].outcome", equalTo("NOT_FOUND"))
                .body("items[0].personRef", nullValue());
    }

    private static RequestSpecification auditor(String org) {
        return as("aud-1", org, "MUNICIPALITY", "auditor");
    }

    private static ValidatableResponse log(RequestSpecification who, String person) {
        return who.queryParam("personId", person).get("/api/v1/access-log").then();
    }

    private String personRef(String person) {
        return personRefs.of(PersonalIdentityNumber.parse(person));
    }
}
