package se.sip.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.OpenApiFuzz;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class PlanFuzzTest extends OpenApiFuzz {
}
