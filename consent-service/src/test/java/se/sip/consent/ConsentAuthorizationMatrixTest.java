package se.sip.consent;

import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.recordGranted;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.AuthorizationMatrix;
import se.sip.testinfra.Home;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentAuthorizationMatrixTest extends AuthorizationMatrix {

    /** A consent the municipality recorded, naming itself and the region: the only ones who may see it. */
    @Override
    protected Home home() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        return new Home(new Home.Org(MUNICIPALITY, "MUNICIPALITY"), Map.of("id", id, "personId", person),
                List.of(person, id, "Nothing to my employer."));
    }

    @Override
    protected Home.NoConsent noConsent() {
        return Home.NoConsent.notApplicable("consent-service is where consent is recorded");
    }
}
