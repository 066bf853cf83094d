package se.sip.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.SIS;
import static se.sip.plan.PlanFixtures.lvmAftercare;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.startPlan;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Scope for organisations: a plan's parties and lead must each be named by a consent in force for SHARE_INFORMATION,
 * and a caller that may not see the person's consents learns nothing from the refusal.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanConsentScopeTest {

    @Inject
    EntityManager em;

    @Inject
    PersonRefs personRefs;

    @Test
    void aCallerThatMayNotSeeThePersonsConsentsGetsOneGenericRefusalWithoutAReason() {
        String person = TestPersons.next();
        FakeConsentService.refuse(person, "NOT_PERMITTED");
        municipality().body(lvmAftercare(person)).post("/api/v1/plans")
                .then().statusCode(422)
                .body("type", equalTo("urn:sip:problem:rule-violation"))
                .body("detail", equalTo("No consent in force lets your organisation share this person's information"
                        + " (SHARE_INFORMATION), so no plan was started."));
        assertNoPlan(person);
    }

    @Test
    void aPartyNoConsentNamesIsRefusedByNameAndNothingIsStored() {
        String person = TestPersons.next();
        FakeConsentService.refuseOrg(person, REGION);
        municipality().body(lvmAftercare(person)).post("/api/v1/plans")
                .then().statusCode(422)
                .body("detail", containsString("(SHARE_INFORMATION) with " + REGION + ", so no plan was started"))
                .body("detail", not(containsString(SIS)));
        assertNoPlan(person);
    }

    @Test
    void whenTheCallerIsNotCoveredItIsNotToldWhichOtherPartiesAreNot() {
        String person = TestPersons.next();
        FakeConsentService.refuseOrg(person, MUNICIPALITY);
        FakeConsentService.refuseOrg(person, REGION);
        municipality().body(lvmAftercare(person)).post("/api/v1/plans")
                .then().statusCode(422)
                .body("detail", containsString("lets your organisation share"))
                .body("detail", not(containsString(REGION)));
        assertNoPlan(person);
    }

    @Test
    void thePlanRestsOnTheConsentThatSharesWithItsLead() {
        String person = TestPersons.next();
        String id = startPlan(person);
        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("consentId", equalTo(FakeConsentService.consentOf(person).toString()))
                .body("consent.id", equalTo(FakeConsentService.consentOf(person).toString()));
    }

    @Test
    void theLeadGoesOnlyToAPartyAConsentSharesWith() {
        String person = TestPersons.next();
        String id = startPlan(person);
        FakeConsentService.refuseOrg(person, SIS);
        municipality().header("If-Match", "\"0\"").body("{\"orgId\": \"" + SIS + "\"}")
                .put("/api/v1/plans/" + id + "/lead")
                .then().statusCode(422)
                .body("detail", containsString("(SHARE_INFORMATION) with " + SIS + ", so the lead was not changed"));
        municipality().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("lead.orgId", equalTo(MUNICIPALITY)).body("version", equalTo(0));

        municipality().header("If-Match", "\"0\"").body("{\"orgId\": \"" + REGION + "\"}")
                .put("/api/v1/plans/" + id + "/lead")
                .then().statusCode(200).body("lead.orgId", equalTo(REGION));
        List<FakeConsentService.Request> asked = FakeConsentService.requestsAbout(person);
        assertEquals(List.of(MUNICIPALITY, REGION), asked.get(asked.size() - 1).orgIds());
    }

    private void assertNoPlan(String person) {
        assertEquals(0L, em.createQuery("select count(p) from Plan p where p.personRef = :ref", Long.class)
                .setParameter("ref", personRefs.of(PersonalIdentityNumber.parse(person))).getSingleResult());
    }
}
