package se.sip.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.hamcrest.Matchers.hasKey;
import static se.sip.platform.probe.ProbeCalls.MUNICIPALITY;
import static se.sip.platform.probe.ProbeCalls.PROBLEM;
import static se.sip.platform.probe.ProbeCalls.RECORDS;
import static se.sip.platform.probe.ProbeCalls.caseworker;
import static se.sip.platform.probe.ProbeCalls.recordOne;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.StoredRows;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * The person themselves (role individual, {@code sub} their number, no organisation) reads their own objects where an
 * operation lets them, nobody else's, and nothing an operation keeps for staff; the access log names them by personRef.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class IndividualCallerTest {

    private static final String OWN_LOG = "/api/v1/me/access-log";

    @Inject
    PersonRefs personRefs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void thePersonReadsTheirOwnObjectAndNoOneElses() {
        String person = TestPersons.next();
        String other = TestPersons.next();
        String id = recordOne(person);
        Tokens.asIndividual(person).get(RECORDS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        Tokens.asIndividual(other).get(RECORDS + "/" + id).then().statusCode(404).contentType(PROBLEM);
        // An operation that does not list the role refuses even the person whose data it is.
        Tokens.asIndividual(person).queryParam("personId", person).get(RECORDS).then().statusCode(403);
        Tokens.asIndividual(person).get("/api/v1/access-log").then().statusCode(403);
    }

    @Test
    void anIndividualsTokenIsTheirNumberAndNothingElse() {
        String person = TestPersons.next();
        String id = recordOne(person);
        List.of(Tokens.token("19121212-121X", null, null, "individual"),
                Tokens.token("191212121213", null, null, "individual"),
                Tokens.token(person, MUNICIPALITY, "MUNICIPALITY", "individual"),
                Tokens.token(person, null, "MUNICIPALITY", "individual"),
                Tokens.token(person, null, null, "individual", "caseworker"),
                Tokens.token(person, null, null, "caseworker"))
                .forEach(token -> given().header("Authorization", "Bearer " + token).get(RECORDS + "/" + id)
                        .then().statusCode(401).contentType(PROBLEM));
    }

    @Test
    void thePersonSeesEveryAccessToTheirDataButNoStaffUserId() throws SQLException {
        String person = TestPersons.next();
        String id = recordOne(person);
        caseworker(MUNICIPALITY).get(RECORDS + "/" + id).then().statusCode(200);
        Tokens.asIndividual(person).get(RECORDS + "/" + id).then().statusCode(200);
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));

        String body = Tokens.asIndividual(person).get(OWN_LOG).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.org", hasItem(MUNICIPALITY))
                .body("items.roles", hasItem("caseworker"))
                .body("items.byYou", equalTo(List.of(true, false, false)))
                .body("items.resourceType", everyItem(equalTo("probe-record")))
                .extract().asString();
        assertFalse(body.contains(person.substring(2)), "the extract shows the number");
        assertFalse(body.contains("\"sub\""), "the extract shows a user id");
        assertFalse(body.contains(personRef), "the extract shows the personRef");
        // Another person's extract holds none of it; reading one's own extract is itself logged, by personRef.
        Tokens.asIndividual(TestPersons.next()).get(OWN_LOG).then().statusCode(200).body("items", hasSize(0));
        Tokens.asIndividual(person).get(OWN_LOG).then().statusCode(200).body("total", equalTo(4))
                .body("items[0].resourceType", equalTo("access-log")).body("items[0].byYou", equalTo(true))
                .body("items[0]", not(hasKey("org")));

        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select actor_sub, actor_org_type, actor_roles from access_log where person_ref = ? and actor_org is null")) {
            query.setString(1, personRef);
            try (ResultSet rows = query.executeQuery()) {
                int count = 0;
                while (rows.next()) {
                    count++;
                    assertEquals(personRef, rows.getString("actor_sub"));
                    assertNull(rows.getString("actor_org_type"));
                    assertEquals("individual", rows.getString("actor_roles"));
                }
                assertEquals(3, count, "the person's own reads: the record and their extract twice");
            }
        }
        StoredRows.assertNoneHolds(dataSource, "access_log", person);
        given().header("Authorization", Tokens.bearer("x", MUNICIPALITY, "MUNICIPALITY", "caseworker"))
                .get(OWN_LOG).then().statusCode(403).contentType(PROBLEM);
    }
}
