package se.sip.plan;

import se.sip.testinfra.ServiceArchitecture;

/**
 * plan-service keeps the shape of every service (docs/architecture.md, "The shape of a service"): its feature
 * packages free of cycles, its entities and repositories inside their feature, REST DTOs only at the REST edge, and
 * no other service's code. Checked on the production classes only.
 */
class PlanArchitectureTest extends ServiceArchitecture {

    PlanArchitectureTest() {
        super("se.sip.plan");
    }
}
