package se.sip.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.AuthorizationMatrix;
import se.sip.testinfra.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class NotificationAuthorizationMatrixTest extends AuthorizationMatrix {
}
