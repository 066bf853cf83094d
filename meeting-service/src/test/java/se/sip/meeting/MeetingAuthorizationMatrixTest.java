package se.sip.meeting;

import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.SIS;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.municipality;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.AuthorizationMatrix;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.Home;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingAuthorizationMatrixTest extends AuthorizationMatrix {

    private static final String WISH = "Var jag ska bo efter utskrivningen";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    /**
     * A SIP meeting the municipality booked on a plan it leads (SiS and the region parties, no consent event sharing
     * with them), inviting itself and the region, with the individual's wishes. The municipality organises it, takes
     * the notes and is one adjuster, so that no call is the region's alone; {inviteeId} and {adjusterId} are its own.
     */
    @Override
    protected Home home() {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        String id = book(planId, person, "2027-03-10T09:00:00+01:00");
        municipality().body("{\"wantsInvited\": [], \"topics\": [\"" + WISH + "\"], \"recordedBy\": \"Karin Lund\"}")
                .post("/api/v1/meetings/" + id + "/wishes").then().statusCode(200);
        ExtractableResponse<Response> meeting = municipality().get("/api/v1/meetings/" + id).then().statusCode(200)
                .extract();
        String invitee = meeting.path("invitees.find { it.orgId == '" + MUNICIPALITY + "' }.id");
        String adjuster = meeting.path("adjusters.find { it.orgId == '" + MUNICIPALITY + "' }.id");
        return new Home(new Home.Org(MUNICIPALITY, "MUNICIPALITY"),
                Map.of("id", id, "planId", planId.toString(), "personId", person, "inviteeId", invitee,
                        "adjusterId", adjuster, "If-Match", meeting.header("ETag")),
                List.of(person, id, planId.toString(), invitee, adjuster, WISH));
    }

    @Override
    protected Home.NoConsent noConsent() {
        return Home.NoConsent.party(SIS, "SIS");
    }
}
