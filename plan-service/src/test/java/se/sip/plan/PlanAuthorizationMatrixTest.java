package se.sip.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.AuthorizationMatrix;
import se.sip.testinfra.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class PlanAuthorizationMatrixTest extends AuthorizationMatrix {
}
