package se.sip.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.sip.notification.NotificationRoutingTest.assertNoPersonalNumber;
import static se.sip.notification.NotificationRoutingTest.awaitNotification;
import static se.sip.notification.NotificationRoutingTest.eventIds;
import static se.sip.notification.NotificationRoutingTest.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.platform.events.ConsentEventData;
import se.sip.platform.events.DeviationReportedData;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.PartyAccessEndedData;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanConsentReplacedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Consent is exact: the end of a consent tells the organisations that consent names, not every party of the person's
 * plans; an expiring consent tells the leads of the open plans resting on it (the projection keeps each plan's
 * consent); what the end does to a plan is told from plan-service's own events, to whom it concerns.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ConsentRoutingTest {

    private static final LocalDate UNTIL = LocalDate.parse("2027-01-31");

    @Inject
    PersonRefs personRefs;

    @Test
    void aWithdrawalReachesTheOrganisationsTheConsentNamesAndNoOtherPartyOfThePersonsPlans() {
        consentEndReachesOnlyItsOrganisations(EventTypes.CONSENT_WITHDRAWN, "WITHDRAWN",
                "Samtycket har återkallats. Dela inte längre information om personen med stöd av det.",
                "Consent was withdrawn. Share no more information about the person under it.");
    }

    @Test
    void anExpiryReachesTheOrganisationsTheConsentNamesSayingItsValidityRanOut() {
        consentEndReachesOnlyItsOrganisations(EventTypes.CONSENT_EXPIRED, "EXPIRED",
                "Samtyckets giltighetstid har gått ut. Dela inte längre information om personen med stöd av det.",
                "The consent's validity has run out. Share no more information about the person under it.");
    }

    /**
     * A consent recorded by the plan's lead that names the region, not SiS, though SiS is a party of the person's
     * plan: the lead, the region and the consent's other party are told, once; SiS is not.
     */
    private void consentEndReachesOnlyItsOrganisations(String type, String status, String sv, String en) {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String sis = Orgs.fresh("sis");
        String consentParty = Orgs.fresh("vardcentral");
        UUID planId = UUID.randomUUID();
        String created = planCreated(personRef, planId, lead, List.of(lead, region, sis), UUID.randomUUID());
        Events.publish(personRef, created);
        // Topics are not ordered with each other: the plan is known before the consent event is sent.
        awaitNotification(sis, Events.id(created));
        UUID consentId = UUID.randomUUID();
        String ended = Events.event(type, personRef, consentId, new ConsentEventData(personRef, consentId, status,
                List.of("SHARE_INFORMATION"), List.of(region, consentParty), lead, LocalDate.parse("2026-01-01"),
                UNTIL));
        Events.publish(personRef, ended);
        Events.publish(personRef, ended);
        String marker = consentMarker(personRef, sis);

        for (String org : List.of(lead, region, consentParty)) {
            awaitNotification(org, Events.id(ended));
        }
        awaitNotification(sis, Events.id(marker));
        assertFalse(eventIds(sis).contains(Events.id(ended)), "a party of the plan the consent does not name");
        JsonPath regionInbox = inbox(region, null);
        assertEquals(1, regionInbox.getList(itemsOf(ended)).size());
        assertEquals("/api/v1/consents/" + consentId, regionInbox.getString(itemOf(ended) + ".link"));
        assertEquals(sv, regionInbox.getString(itemOf(ended) + ".textSv"));
        assertEquals(en, regionInbox.getString(itemOf(ended) + ".textEn"));
        assertNoPersonalNumber(personalNumber, lead, region, consentParty, sis);
    }

    @Test
    void anExpiringConsentReachesOnlyTheLeadsOfOpenPlansRestingOnIt() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String otherLead = Orgs.fresh("kommun");
        String closedLead = Orgs.fresh("kommun");
        UUID consentId = UUID.randomUUID();
        UUID otherConsentId = UUID.randomUUID();
        String resting = planCreated(personRef, UUID.randomUUID(), lead, List.of(lead, region), consentId);
        String onAnother = planCreated(personRef, UUID.randomUUID(), otherLead, List.of(otherLead, region),
                otherConsentId);
        UUID closedPlanId = UUID.randomUUID();
        String closedCreated = planCreated(personRef, closedPlanId, closedLead, List.of(closedLead), consentId);
        String closed = Events.event(EventTypes.PLAN_CLOSED, personRef, closedPlanId, new PlanEventData(personRef,
                closedPlanId, "SIP", "CLOSED", closedLead, List.of(closedLead), List.of(), "GOALS_MET", consentId));
        for (String event : List.of(resting, onAnother, closedCreated, closed)) {
            Events.publish(personRef, event);
        }
        awaitNotification(lead, Events.id(resting));
        awaitNotification(otherLead, Events.id(onAnother));
        awaitNotification(closedLead, Events.id(closed));

        // The consent names everyone, and is recorded by the region: still only the open plan's lead is told.
        String expiring = expiring(personRef, consentId, List.of(lead, region, otherLead, closedLead), region);
        Events.publish(personRef, expiring);
        String marker = consentMarker(personRef, region, otherLead, closedLead);

        awaitNotification(lead, Events.id(expiring));
        JsonPath leadInbox = inbox(lead, null);
        assertEquals("/api/v1/consents/" + consentId, leadInbox.getString(itemOf(expiring) + ".link"));
        assertEquals("Samtycket som planen vilar på gäller till och med 2027-01-31. Ett nytt samtycke behövs för att"
                + " planen ska fortsätta.", leadInbox.getString(itemOf(expiring) + ".textSv"));
        assertEquals("The consent the plan rests on ends on 2027-01-31, its last valid day. A new consent is needed"
                + " to continue the plan.", leadInbox.getString(itemOf(expiring) + ".textEn"));
        for (String org : List.of(region, otherLead, closedLead)) {
            awaitNotification(org, Events.id(marker));
            assertFalse(eventIds(org).contains(Events.id(expiring)), org + " was told");
        }
        assertNoPersonalNumber(personalNumber, lead);
    }

    @Test
    void aReplacedConsentTellsTheLeadAloneAndThePlanNowRestsOnTheNewOne() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        UUID planId = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        UUID inForce = UUID.randomUUID();
        String created = planCreated(personRef, planId, lead, List.of(lead, region), ended);
        String replaced = Events.event(EventTypes.PLAN_CONSENT_REPLACED, personRef, planId,
                new PlanConsentReplacedData(personRef, planId, lead, List.of(lead, region), ended, inForce));
        Events.publish(personRef, created);
        Events.publish(personRef, replaced);
        Events.publish(personRef, replaced);
        String marker = planMarker(personRef, region);

        awaitNotification(lead, Events.id(replaced));
        JsonPath leadInbox = inbox(lead, null);
        assertEquals(1, leadInbox.getList(itemsOf(replaced)).size());
        assertEquals("/api/v1/plans/" + planId, leadInbox.getString(itemOf(replaced) + ".link"));
        assertEquals("Samtycket som planen vilade på har upphört. Planen fortsätter med stöd av ett annat gällande"
                + " samtycke.", leadInbox.getString(itemOf(replaced) + ".textSv"));
        assertEquals("The consent the plan rested on has ended. The plan continues on another consent in force.",
                leadInbox.getString(itemOf(replaced) + ".textEn"));
        awaitNotification(region, Events.id(marker));
        assertFalse(eventIds(region).contains(Events.id(replaced)), "a party that is not the lead");

        // The projection moved the plan: the consent it left expiring tells no one, the one it rests on the lead.
        String oldExpiring = expiring(personRef, ended, List.of(lead, region), lead);
        String newExpiring = expiring(personRef, inForce, List.of(lead, region), lead);
        Events.publish(personRef, oldExpiring);
        Events.publish(personRef, newExpiring);
        awaitNotification(lead, Events.id(newExpiring));
        assertFalse(eventIds(lead).contains(Events.id(oldExpiring)), "told of the consent the plan left");
        assertNoPersonalNumber(personalNumber, lead);
    }

    @Test
    void theEndOfPartiesAccessTellsThoseParties() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String sis = Orgs.fresh("sis");
        String stillCovered = Orgs.fresh("vardcentral");
        UUID planId = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        String created = planCreated(personRef, planId, lead, List.of(lead, region, sis, stillCovered), consentId);
        String accessEnded = Events.event(EventTypes.PLAN_PARTY_ACCESS_ENDED, personRef, planId,
                new PartyAccessEndedData(personRef, planId, lead, List.of(region, sis), consentId,
                        "CONSENT_WITHDRAWN"));
        Events.publish(personRef, created);
        Events.publish(personRef, accessEnded);
        String marker = planMarker(personRef, lead, stillCovered);

        for (String org : List.of(region, sis)) {
            awaitNotification(org, Events.id(accessEnded));
        }
        JsonPath sisInbox = inbox(sis, null);
        assertEquals("/api/v1/plans/" + planId, sisInbox.getString(itemOf(accessEnded) + ".link"));
        assertEquals("Ni har inte längre åtkomst till planen: inget gällande samtycke omfattar er. Ni är kvar som"
                + " part.", sisInbox.getString(itemOf(accessEnded) + ".textSv"));
        assertEquals("You no longer have access to the plan: no consent in force covers you. You remain a party.",
                sisInbox.getString(itemOf(accessEnded) + ".textEn"));
        for (String org : List.of(lead, stillCovered)) {
            awaitNotification(org, Events.id(marker));
            assertFalse(eventIds(org).contains(Events.id(accessEnded)), org + " was told");
        }
        assertNoPersonalNumber(personalNumber, region, sis);
    }

    @Test
    void aPartyNoConsentInForceCoversHearsNothingMoreOfThePlansContentUntilOneDoes() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String sis = Orgs.fresh("sis");
        UUID planId = UUID.randomUUID();
        Events.publish(personRef, granted(personRef, lead, region));
        awaitNotification(lead, Events.id(consentMarker(personRef, lead)));
        Events.publish(personRef, planCreated(personRef, planId, lead, List.of(lead, region, sis), UUID.randomUUID()));

        String placement = Events.event(EventTypes.PLACEMENT_CHANGED, personRef, planId, new PlacementChangedData(
                personRef, planId, "SECTION_27_PLACEMENT", LocalDate.parse("2026-12-01"), lead,
                List.of(lead, region, sis), List.of()));
        Events.publish(personRef, placement);
        awaitNotification(lead, Events.id(placement));
        awaitNotification(region, Events.id(placement));
        awaitNotification(sis, Events.id(planMarker(personRef, sis)));
        assertFalse(eventIds(sis).contains(Events.id(placement)), "a party no consent in force covers");

        // The person consents to sharing with SiS too: SiS hears of the plan again.
        Events.publish(personRef, granted(personRef, lead, sis));
        awaitNotification(lead, Events.id(consentMarker(personRef, lead)));
        String deviation = Events.event(EventTypes.DEVIATION_REPORTED, personRef, planId, new DeviationReportedData(
                personRef, planId, UUID.randomUUID(), null, region, lead, List.of(lead, region, sis)));
        Events.publish(personRef, deviation);
        awaitNotification(sis, Events.id(deviation));
        assertNoPersonalNumber(personalNumber, lead, region, sis);
    }

    /** A consent in force sharing the person's information with {@code orgs}, recorded by the first. */
    static String granted(String personRef, String... orgs) {
        UUID consentId = UUID.randomUUID();
        return Events.event(EventTypes.CONSENT_GRANTED, personRef, consentId, new ConsentEventData(personRef,
                consentId, "ACTIVE", List.of("SHARE_INFORMATION"), List.of(orgs), orgs[0],
                LocalDate.parse("2026-01-01"), null));
    }

    static String planCreated(String personRef, UUID planId, String lead, List<String> parties, UUID consentId) {
        return Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(personRef, planId, "SIP",
                "ACTIVE", lead, parties, List.of(), null, consentId));
    }

    static String expiring(String personRef, UUID consentId, List<String> parties, String recordedBy) {
        return Events.event(EventTypes.CONSENT_EXPIRING, personRef, consentId, new ConsentEventData(personRef,
                consentId, "ACTIVE", List.of("SHARE_INFORMATION"), parties, recordedBy, LocalDate.parse("2026-01-01"),
                UNTIL));
    }

    /**
     * A consent event that tells exactly {@code orgs} (a withdrawal naming them): sent after other consent events on
     * the same key, it is handled after them.
     */
    static String consentMarker(String personRef, String... orgs) {
        UUID consentId = UUID.randomUUID();
        String event = Events.event(EventTypes.CONSENT_WITHDRAWN, personRef, consentId, new ConsentEventData(
                personRef, consentId, "WITHDRAWN", List.of("SHARE_INFORMATION"), List.of(orgs), orgs[0],
                LocalDate.parse("2026-01-01"), null));
        Events.publish(personRef, event);
        return event;
    }

    /** A plan event that tells exactly {@code orgs} (a new plan of theirs), for ordering behind other plan events. */
    static String planMarker(String personRef, String... orgs) {
        UUID planId = UUID.randomUUID();
        String event = planCreated(personRef, planId, orgs[0], List.of(orgs), UUID.randomUUID());
        Events.publish(personRef, event);
        return event;
    }

    private static String itemOf(String event) {
        return "items.find { it.eventId == '" + Events.id(event) + "' }";
    }

    private static String itemsOf(String event) {
        return "items.findAll { it.eventId == '" + Events.id(event) + "' }";
    }
}
