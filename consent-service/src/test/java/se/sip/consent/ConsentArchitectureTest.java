package se.sip.consent;

import se.sip.testinfra.ServiceArchitecture;

/**
 * consent-service keeps the shape of every service (docs/architecture.md, "The shape of a service"): its feature
 * packages free of cycles, its entities and repositories inside their feature, REST DTOs only at the REST edge, and
 * no other service's code. Checked on the production classes only.
 */
class ConsentArchitectureTest extends ServiceArchitecture {

    ConsentArchitectureTest() {
        super("se.sip.consent");
    }
}
