package se.sip.fhir.own;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import se.sip.fhir.upstream.Upstream;
import se.sip.fhir.upstream.Upstream.Own;

/**
 * The person's extract of the four services' access logs, merged in time order, newest first: what the patient-data
 * law lets a person ask for. Each service answers with its own log about the caller's own personRef only.
 */
@Singleton
class OwnAccesses {

    private static final Map<Own, String> LOGS = Map.of(
            Own.CONSENT_ACCESSES, "consent-service",
            Own.MEETING_ACCESSES, "meeting-service",
            Own.PLAN_ACCESSES, "plan-service",
            Own.NOTIFICATION_ACCESSES, "notification-service");

    private final Upstream upstream;

    OwnAccesses(Upstream upstream) {
        this.upstream = upstream;
    }

    List<OwnAccess> of(String authorization) {
        List<OwnAccess> accesses = new ArrayList<>();
        LOGS.forEach((log, service) -> upstream.own(log, authorization)
                .forEach(entry -> accesses.add(OwnAccess.of(entry, service))));
        accesses.sort(Comparator.comparing(OwnAccess::at).reversed().thenComparing(OwnAccess::service));
        return accesses;
    }
}
