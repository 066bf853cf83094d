package se.sip.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.sip.platform.events.DeviationReportedData;
import se.sip.platform.events.EventParty;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.LeadChangedData;
import se.sip.platform.events.MeetingAnswerEventData;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.MilestoneEventData;
import se.sip.platform.events.PlacementChangedData;
import se.sip.platform.events.PlanEventData;
import se.sip.platform.events.PlanPartyChangedData;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Events from the real broker become notifications for exactly the organisations that must know, once per event,
 * with short Swedish and English texts, a link, and no personal identity number. What a consent's end tells whom:
 * {@link ConsentRoutingTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class NotificationRoutingTest {

    static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    PersonRefs personRefs;

    @Test
    void aScheduledMeetingNotifiesEveryInviteeOnceEvenWhenDeliveredTwice() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String municipality = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String bystander = Orgs.fresh("kommun");
        UUID meetingId = UUID.randomUUID();
        String scheduled = Events.event(EventTypes.MEETING_SCHEDULED, personRef, meetingId, new MeetingEventData(
                personRef, meetingId, UUID.randomUUID(), "SIP", "SCHEDULED",
                OffsetDateTime.parse("2026-12-10T08:00:00Z"), 90, "PHYSICAL", 0, List.of(municipality, region),
                List.of(UUID.randomUUID(), UUID.randomUUID()), null, null, null, null));

        Events.publish(personRef, scheduled);
        Events.publish(personRef, scheduled);
        String marker = marker(personRef, municipality);

        awaitNotification(municipality, Events.id(marker));
        JsonPath inbox = inbox(municipality, null);
        assertEquals(1, inbox.getList("items.findAll { it.eventId == '" + Events.id(scheduled) + "' }").size());
        assertEquals("/api/v1/meetings/" + meetingId,
                inbox.getString("items.find { it.eventId == '" + Events.id(scheduled) + "' }.link"));
        assertEquals("Kallelse till SIP-möte 2026-12-10 09:00.",
                inbox.getString("items.find { it.eventId == '" + Events.id(scheduled) + "' }.textSv"));
        assertEquals("Invitation to a SIP meeting on 2026-12-10 09:00.",
                inbox.getString("items.find { it.eventId == '" + Events.id(scheduled) + "' }.textEn"));
        awaitNotification(region, Events.id(scheduled));
        assertEquals(0, inbox(bystander, null).getInt("total"));
        assertNoPersonalNumber(personalNumber, municipality, region);
    }

    @Test
    void planEventsReachEveryPartyAndTimeRulesOnlyTheLead() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String sis = Orgs.fresh("sis");
        UUID planId = UUID.randomUUID();
        Events.publish(personRef, Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(
                personRef, planId, "LVM_AFTERCARE", "ACTIVE", lead, List.of(lead, region, sis),
                List.of(new EventParty(lead, "MUNICIPALITY"), new EventParty(region, "REGION"),
                        new EventParty(sis, "SIS")), null, UUID.randomUUID())));
        // After a discharge SiS is no party any more, and is still told of the discharge itself.
        String discharged = Events.event(EventTypes.PLACEMENT_CHANGED, personRef, planId, new PlacementChangedData(
                personRef, planId, "DISCHARGED", LocalDate.parse("2026-12-01"), lead, List.of(lead, region),
                List.of(new EventParty(lead, "MUNICIPALITY"), new EventParty(region, "REGION"))));
        Events.publish(personRef, discharged);
        // The time rule event names no lead: the projection knows it.
        String due = Events.event(EventTypes.FOLLOW_UP_DUE, personRef, planId, new MilestoneEventData(personRef,
                planId, "FOLLOW_UP_AFTER_DISCHARGE:" + planId, "FOLLOW_UP_AFTER_DISCHARGE",
                LocalDate.parse("2027-02-01"), LocalDate.parse("2027-03-01"), "DUE", null, null, null));
        Events.publish(personRef, due);

        for (String party : List.of(lead, region, sis)) {
            awaitNotification(party, Events.id(discharged));
        }
        awaitNotification(lead, Events.id(due));
        JsonPath leadInbox = inbox(lead, null);
        assertEquals("Placeringen har ändrats från 2026-12-01: utskriven.",
                leadInbox.getString("items.find { it.eventId == '" + Events.id(discharged) + "' }.textSv"));
        assertEquals("/api/v1/plans/" + planId + "/milestones",
                leadInbox.getString("items.find { it.eventId == '" + Events.id(due) + "' }.link"));
        // A later plan event to the region proves the due event was handled before: it reached the lead alone.
        String marker = planMarker(personRef, region);
        awaitNotification(region, Events.id(marker));
        assertFalse(eventIds(region).contains(Events.id(due)));
        assertFalse(eventIds(sis).contains(Events.id(due)));
        assertNoPersonalNumber(personalNumber, lead, region, sis);
    }

    @Test
    void anObligedInviteesDeclineReachesThePlansLeadAndAnAcceptanceNoOne() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        UUID planId = UUID.randomUUID();
        UUID meetingId = UUID.randomUUID();
        knownSip(personRef, planId, lead, region);
        String accepted = Events.event(EventTypes.MEETING_ANSWERED, personRef, meetingId, new MeetingAnswerEventData(
                personRef, meetingId, planId, UUID.randomUUID(), region, "ACCEPTED", null, true, null));
        String declined = Events.event(EventTypes.MEETING_ANSWERED, personRef, meetingId, new MeetingAnswerEventData(
                personRef, meetingId, planId, UUID.randomUUID(), region, "DECLINED", null, true, null));
        Events.publish(personRef, accepted);
        Events.publish(personRef, declined);

        awaitNotification(lead, Events.id(declined));
        assertFalse(eventIds(lead).contains(Events.id(accepted)));
        assertFalse(eventIds(region).contains(Events.id(declined)));
    }

    @Test
    void aProposedNewTimeReachesTheChairsOrganisationWithTheTimeInSwedishTime() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String chair = Orgs.fresh("kommun");
        UUID planId = UUID.randomUUID();
        UUID meetingId = UUID.randomUUID();
        knownSip(personRef, planId, lead, region, chair);
        // Summer time: 07:30 UTC is 09:30 in Stockholm. Not obliged to attend, and still news for the chair.
        String proposed = Events.event(EventTypes.MEETING_ANSWERED, personRef, meetingId, new MeetingAnswerEventData(
                personRef, meetingId, planId, UUID.randomUUID(), region, "PROPOSED_NEW_TIME",
                OffsetDateTime.parse("2027-06-01T07:30:00Z"), false, chair));
        Events.publish(personRef, proposed);

        awaitNotification(chair, Events.id(proposed));
        JsonPath inbox = inbox(chair, null);
        assertEquals("/api/v1/meetings/" + meetingId, inbox.getString(itemOf(proposed) + ".link"));
        assertEquals("En inbjuden föreslår en ny tid för mötet: 2027-06-01 09:30. Ta ställning till förslaget.",
                inbox.getString(itemOf(proposed) + ".textSv"));
        assertEquals("An invitee proposes a new time for the meeting: 2027-06-01 09:30. Decide on the proposal.",
                inbox.getString(itemOf(proposed) + ".textEn"));
        assertFalse(eventIds(lead).contains(Events.id(proposed)), "the lead, when the chair is another's");
        assertFalse(eventIds(region).contains(Events.id(proposed)), "the invitee who proposed it");
        assertNoPersonalNumber(personalNumber, chair);
    }

    @Test
    void aProposedNewTimeOfAMeetingWithoutAKnownChairReachesThePlansLead() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        UUID planId = UUID.randomUUID();
        UUID meetingId = UUID.randomUUID();
        knownSip(personRef, planId, lead, region);
        // Booked before the chair's organisation was recorded: chairOrgId null.
        String proposed = Events.event(EventTypes.MEETING_ANSWERED, personRef, meetingId, new MeetingAnswerEventData(
                personRef, meetingId, planId, UUID.randomUUID(), region, "PROPOSED_NEW_TIME",
                OffsetDateTime.parse("2026-12-11T12:00:00Z"), true, null));
        Events.publish(personRef, proposed);

        awaitNotification(lead, Events.id(proposed));
        assertEquals("An invitee proposes a new time for the meeting: 2026-12-11 13:00. Decide on the proposal.",
                inbox(lead, null).getString(itemOf(proposed) + ".textEn"));
        assertFalse(eventIds(region).contains(Events.id(proposed)));
    }

    @Test
    void anAddedPartyIsToldItMayNowReadThePlanAndNoOtherPartyIs() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String housing = Orgs.fresh("bostad");
        UUID planId = UUID.randomUUID();
        Events.publish(personRef, Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(
                personRef, planId, "SIP", "ACTIVE", lead, List.of(lead, region),
                List.of(new EventParty(lead, "MUNICIPALITY"), new EventParty(region, "REGION")), null,
                UUID.randomUUID())));
        String added = Events.event(EventTypes.PLAN_PARTY_ADDED, personRef, planId, new PlanPartyChangedData(
                personRef, planId, 4, housing, "OTHER", null, lead, List.of(lead, region, housing),
                List.of(new EventParty(lead, "MUNICIPALITY"), new EventParty(region, "REGION"),
                        new EventParty(housing, "OTHER"))));
        Events.publish(personRef, added);

        awaitNotification(housing, Events.id(added));
        JsonPath inbox = inbox(housing, null);
        assertEquals(List.of(Events.id(added)), inbox.getList("items.eventId"));
        assertEquals("/api/v1/plans/" + planId, inbox.getString(itemOf(added) + ".link"));
        assertEquals("Ni har lagts till som part i planen. Ni kan nu läsa planen och bjudas in till dess möten.",
                inbox.getString(itemOf(added) + ".textSv"));
        assertEquals("You were added to the plan as a party. You may now read the plan and be invited to its"
                + " meetings.", inbox.getString(itemOf(added) + ".textEn"));
        // An event's notifications are written in one transaction: the new party has its one, so no other has any.
        assertFalse(eventIds(lead).contains(Events.id(added)));
        assertFalse(eventIds(region).contains(Events.id(added)));
        assertNoPersonalNumber(personalNumber, housing);
    }

    @Test
    void aRemovedPartyIsToldItLeftAndHearsNothingMoreOfThePlan() {
        partyRemovedIsToldAndHearsNothingMore(PlanPartyChangedData.REMOVED, "kommun", "MUNICIPALITY",
                "Ni är inte längre part i planen och har inte längre åtkomst till den.",
                "You are no longer a party to the plan and no longer have access to it.");
    }

    @Test
    void sisLeavingAtTheDischargeIsToldTheLvmCareEndedAndHearsNothingMoreOfThePlan() {
        partyRemovedIsToldAndHearsNothingMore(PlanPartyChangedData.DISCHARGED, "sis", "SIS",
                "LVM-vården har upphört (utskrivning), och med den SiS del i planen. Ni är inte längre part och har"
                        + " inte längre åtkomst till planen.",
                "The LVM care has ended (discharge), and with it SiS's part in the plan. You are no longer a party"
                        + " and no longer have access to the plan.");
    }

    /**
     * An LVM-aftercare plan of a lead, a region and the party that leaves: the party is told, the others are not; a
     * later deviation, named to the parties after the removal, reaches them and not the party that left (the
     * projection took the removal in).
     */
    private void partyRemovedIsToldAndHearsNothingMore(String cause, String kind, String orgType, String sv,
            String en) {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String leaving = Orgs.fresh(kind);
        UUID planId = UUID.randomUUID();
        List<EventParty> after = List.of(new EventParty(lead, "MUNICIPALITY"), new EventParty(region, "REGION"));
        Events.publish(personRef, Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(
                personRef, planId, "LVM_AFTERCARE", "ACTIVE", lead, List.of(lead, region, leaving),
                List.of(after.get(0), after.get(1), new EventParty(leaving, orgType)), null, UUID.randomUUID())));
        String removed = Events.event(EventTypes.PLAN_PARTY_REMOVED, personRef, planId, new PlanPartyChangedData(
                personRef, planId, 7, leaving, orgType, cause, lead, List.of(lead, region), after));
        Events.publish(personRef, removed);
        String deviation = Events.event(EventTypes.DEVIATION_REPORTED, personRef, planId, new DeviationReportedData(
                personRef, planId, UUID.randomUUID(), null, region, lead, List.of(lead, region)));
        Events.publish(personRef, deviation);

        awaitNotification(leaving, Events.id(removed));
        JsonPath inbox = inbox(leaving, null);
        assertEquals("/api/v1/plans/" + planId, inbox.getString(itemOf(removed) + ".link"));
        assertEquals(sv, inbox.getString(itemOf(removed) + ".textSv"));
        assertEquals(en, inbox.getString(itemOf(removed) + ".textEn"));
        for (String party : List.of(lead, region)) {
            awaitNotification(party, Events.id(deviation));
            assertFalse(eventIds(party).contains(Events.id(removed)));
        }
        assertFalse(eventIds(leaving).contains(Events.id(deviation)), "the party that left hears no more of it");
        assertNoPersonalNumber(personalNumber, leaving);
    }

    @Test
    void aLeadChangeReachesThePreviousAndTheNewLeadAndTimeRulesThenTheNewOne() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String lead = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String other = Orgs.fresh("kommun");
        UUID planId = UUID.randomUUID();
        List<EventParty> parties = List.of(new EventParty(lead, "MUNICIPALITY"), new EventParty(region, "REGION"),
                new EventParty(other, "MUNICIPALITY"));
        Events.publish(personRef, Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(
                personRef, planId, "SIP", "ACTIVE", lead, List.of(lead, region, other), parties, null,
                UUID.randomUUID())));
        String changed = Events.event(EventTypes.PLAN_LEAD_CHANGED, personRef, planId, new LeadChangedData(
                personRef, planId, 3, lead, region, List.of(lead, region, other), parties));
        Events.publish(personRef, changed);
        // The time rule event names no lead: the projection knows the new one.
        String due = Events.event(EventTypes.FOLLOW_UP_DUE, personRef, planId, new MilestoneEventData(personRef,
                planId, "FOLLOW_UP:" + planId, "FOLLOW_UP", LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-03-01"), "DUE", null, null, null));
        Events.publish(personRef, due);

        for (String told : List.of(lead, region)) {
            awaitNotification(told, Events.id(changed));
            JsonPath inbox = inbox(told, null);
            assertEquals("/api/v1/plans/" + planId, inbox.getString(itemOf(changed) + ".link"));
            assertEquals("Planen har fått en ny huvudansvarig. Är ni ny huvudansvarig leder ni nu planen; var ni"
                    + " huvudansvarig förut är ni kvar som part.", inbox.getString(itemOf(changed) + ".textSv"));
            assertEquals("The plan has a new lead. If you are the new lead, you now lead the plan; if you were the"
                    + " lead, you remain a party.", inbox.getString(itemOf(changed) + ".textEn"));
        }
        assertFalse(eventIds(other).contains(Events.id(changed)), "a party that neither was nor is the lead");
        awaitNotification(region, Events.id(due));
        assertFalse(eventIds(lead).contains(Events.id(due)), "the previous lead");
        assertNoPersonalNumber(personalNumber, lead, region);
    }

    @Test
    void theInboxIsTheCallersOwnNewestFirstAndMarkedRead() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        String org = Orgs.fresh("kommun");
        String first = marker(personRef, org);
        String second = marker(personRef, org);
        awaitNotification(org, Events.id(second));
        awaitNotification(org, Events.id(first));

        JsonPath all = inbox(org, null);
        assertEquals(List.of(Events.id(second), Events.id(first)), all.getList("items.eventId"));
        String firstId = all.getString("items[1].id");
        given().header("Authorization", Orgs.caseworker(Orgs.fresh("kommun")))
                .post("/api/v1/notifications/{id}/read", firstId)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:sip:problem:not-found"));
        given().header("Authorization", Orgs.caseworker(org)).post("/api/v1/notifications/{id}/read", firstId)
                .then().statusCode(200).body("id", equalTo(firstId));

        assertEquals(List.of(Events.id(second)), inbox(org, true).getList("items.eventId"));
        assertEquals(List.of(Events.id(first)), inbox(org, false).getList("items.eventId"));
        given().header("Authorization", Orgs.caseworker(org)).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].eventId", equalTo(Events.id(first)));
        given().header("Authorization", Orgs.caseworker(org)).queryParam("size", 500).get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/notifications").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", se.sip.testinfra.Tokens.bearer("a", org, "MUNICIPALITY", "auditor"))
                .get("/api/v1/notifications").then().statusCode(403);
    }

    /**
     * A meeting event that notifies only {@code org}: sent after other meeting events on the same key, it is handled
     * after them (one topic keeps one key's order; two topics do not).
     */
    static String marker(String personRef, String org) {
        UUID meetingId = UUID.randomUUID();
        String event = Events.event(EventTypes.MEETING_CANCELLED, personRef, meetingId, new MeetingEventData(
                personRef, meetingId, UUID.randomUUID(), "FOLLOW_UP", "CANCELLED", OffsetDateTime.now(), 60,
                "DIGITAL", 1, List.of(org), List.of(), null, null, null, null));
        Events.publish(personRef, event);
        return event;
    }

    /** A plan event that notifies only {@code org}, for ordering behind other plan events. */
    static String planMarker(String personRef, String org) {
        UUID planId = UUID.randomUUID();
        String event = Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(personRef, planId,
                "SIP", "ACTIVE", org, List.of(org), List.of(), null, UUID.randomUUID()));
        Events.publish(personRef, event);
        return event;
    }

    /** The GPath of the inbox item of this event. */
    private static String itemOf(String event) {
        return "items.find { it.eventId == '" + Events.id(event) + "' }";
    }

    /** A SIP of these parties, the first its lead, created and awaited at the lead: the projection knows it. */
    private static void knownSip(String personRef, UUID planId, String lead, String... others) {
        List<String> parties = new ArrayList<>(List.of(lead));
        parties.addAll(List.of(others));
        String created = Events.event(EventTypes.PLAN_CREATED, personRef, planId, new PlanEventData(personRef,
                planId, "SIP", "ACTIVE", lead, parties, List.of(), null, UUID.randomUUID()));
        Events.publish(personRef, created);
        awaitNotification(lead, Events.id(created));
    }

    static void awaitNotification(String org, String eventId) {
        await().atMost(ARRIVAL).until(() -> eventIds(org).contains(eventId));
    }

    static List<String> eventIds(String org) {
        return inbox(org, null).getList("items.eventId");
    }

    static JsonPath inbox(String org, Boolean unread) {
        var request = given().header("Authorization", Orgs.caseworker(org)).queryParam("size", 200);
        if (unread != null) {
            request.queryParam("unread", unread);
        }
        return request.get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
    }

    static void assertNoPersonalNumber(String personalNumber, String... orgs) {
        for (String org : orgs) {
            String body = given().header("Authorization", Orgs.caseworker(org)).queryParam("size", 200)
                    .get("/api/v1/notifications").then().statusCode(200).extract().asString();
            assertTrue(body.contains("eventId"), "the inbox of " + org + " is not empty");
            assertFalse(body.contains(personalNumber) || body.contains(personalNumber.substring(2)),
                    "a personal identity number in the inbox of " + org);
        }
    }
}
