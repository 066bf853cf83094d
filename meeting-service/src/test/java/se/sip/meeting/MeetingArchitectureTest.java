package se.sip.meeting;

import se.sip.testinfra.ServiceArchitecture;

/**
 * meeting-service keeps the shape of every service (docs/architecture.md, "The shape of a service"): its feature
 * packages free of cycles, its entities and repositories inside their feature, REST DTOs only at the REST edge, and
 * no other service's code. Checked on the production classes only.
 */
class MeetingArchitectureTest extends ServiceArchitecture {

    MeetingArchitectureTest() {
        super("se.sip.meeting");
    }
}
