package se.sip.meeting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.platform.plan.PlanSnapshot;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Plan events from the real broker build the local plan projection, once per event, and a closed plan stays closed;
 * each plan's consent id follows its created and consent-replaced events.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class MeetingPlanProjectionTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String MUNICIPALITY = "kommun-0583";
    private static final String REGION = "SE2321000032-region";
    private static final String SIS = "sis-lvm-hem-1";

    @Inject
    PlanProjection projection;

    @Inject
    PersonRefs personRefs;

    @Test
    void aCreatedPlanIsProjectedWithItsParties() {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(TestPersons.next()));
        UUID planId = UUID.randomUUID();

        PlanEventFeed.publish(personRef, PlanEventFeed.event(EventTypes.PLAN_CREATED, personRef, planId, "SIP",
                "ACTIVE", MUNICIPALITY, List.of(municipality(), region())));

        PlanSnapshot plan = await().atMost(ARRIVAL).until(() -> find(planId), Optional::isPresent).orElseThrow();
        assertEquals(new PlanSnapshot(planId, personRef, "SIP", "ACTIVE", MUNICIPALITY,
                Set.of(municipality(), region()), null), plan);
    }

    @Test
    void aClosedPlanStaysClosedWhenItsCreatedEventArrivesAgain() {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(TestPersons.next()));
        UUID planId = UUID.randomUUID();
        String created = PlanEventFeed.event(EventTypes.PLAN_CREATED, personRef, planId, "LVM_AFTERCARE", "ACTIVE",
                MUNICIPALITY, List.of(municipality(), region()));

        PlanEventFeed.publish(personRef, created);
        PlanEventFeed.publish(personRef, PlanEventFeed.event(EventTypes.PLAN_CLOSED, personRef, planId,
                "LVM_AFTERCARE", "CLOSED", MUNICIPALITY, List.of(municipality(), region())));
        PlanEventFeed.publish(personRef, created);
        // A marker event on the same key arrives after the replay, so once it is projected the replay was handled.
        UUID marker = UUID.randomUUID();
        PlanEventFeed.publish(personRef, PlanEventFeed.event(EventTypes.PLAN_CREATED, personRef, marker, "SIP",
                "ACTIVE", MUNICIPALITY, List.of(municipality())));

        await().atMost(ARRIVAL).until(() -> find(marker), Optional::isPresent);
        assertEquals("CLOSED", find(planId).orElseThrow().status());
    }

    @Test
    void aDischargeReplacesThePartiesAndSisIsNoLongerOne() {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(TestPersons.next()));
        UUID planId = UUID.randomUUID();
        EventParty sis = new EventParty(SIS, "SIS");
        PlanEventFeed.publish(personRef, PlanEventFeed.event(EventTypes.PLAN_CREATED, personRef, planId,
                "LVM_AFTERCARE", "ACTIVE", MUNICIPALITY, List.of(municipality(), region(), sis)));
        await().atMost(ARRIVAL).until(() -> find(planId).map(p -> p.hasParty(SIS)).orElse(false));

        PlanEventFeed.publish(personRef, PlanEventFeed.placementChanged(personRef, planId, "DISCHARGED", MUNICIPALITY,
                List.of(municipality(), region())));

        PlanSnapshot plan = await().atMost(ARRIVAL).until(() -> find(planId).orElseThrow(), p -> !p.hasParty(SIS));
        assertEquals(new PlanSnapshot(planId, personRef, "LVM_AFTERCARE", "ACTIVE", MUNICIPALITY,
                Set.of(municipality(), region()), null), plan);
        assertEquals(Set.of(), plan.partiesOfType("SIS"));
    }

    @Test
    void thePlansConsentIsProjectedReplacedWhileActiveAndKeptOnceClosed() {
        String personRef = personRefs.of(PersonalIdentityNumber.parse(TestPersons.next()));
        UUID planId = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<EventParty> parties = List.of(municipality(), region());

        PlanEventFeed.publish(personRef, PlanEventFeed.created(personRef, planId, "SIP", MUNICIPALITY, parties, first));
        assertEquals(first, await().atMost(ARRIVAL).until(() -> find(planId), Optional::isPresent).orElseThrow()
                .consentId());

        String replaced = PlanEventFeed.consentReplaced(personRef, planId, MUNICIPALITY, parties, first, second);
        PlanEventFeed.publish(personRef, replaced);
        PlanEventFeed.publish(personRef, replaced);
        await().atMost(ARRIVAL).until(() -> second.equals(find(planId).orElseThrow().consentId()));

        // Closed without naming a consent keeps the one known; a replacement arriving after the closure changes nothing.
        PlanEventFeed.publish(personRef, PlanEventFeed.closed(personRef, planId, "SIP", MUNICIPALITY, parties,
                "GOALS_MET"));
        PlanEventFeed.publish(personRef, PlanEventFeed.consentReplaced(personRef, planId, MUNICIPALITY, parties,
                second, UUID.randomUUID()));
        UUID marker = UUID.randomUUID();
        PlanEventFeed.publish(personRef, PlanEventFeed.event(EventTypes.PLAN_CREATED, personRef, marker, "SIP",
                "ACTIVE", MUNICIPALITY, List.of(municipality())));
        await().atMost(ARRIVAL).until(() -> find(marker), Optional::isPresent);

        PlanSnapshot plan = find(planId).orElseThrow();
        assertEquals("CLOSED", plan.status());
        assertEquals(second, plan.consentId());
        assertNull(find(marker).orElseThrow().consentId(), "a plan whose events name no consent has none");
    }

    private static EventParty municipality() {
        return new EventParty(MUNICIPALITY, "MUNICIPALITY");
    }

    private static EventParty region() {
        return new EventParty(REGION, "REGION");
    }

    private Optional<PlanSnapshot> find(UUID planId) {
        return QuarkusTransaction.requiringNew().call(() -> projection.find(planId));
    }
}
