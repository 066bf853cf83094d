package se.sip.plan;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.MUNICIPALITY;
import static se.sip.plan.PlanFixtures.REGION;
import static se.sip.plan.PlanFixtures.municipality;
import static se.sip.plan.PlanFixtures.region;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.time.ClockProducer;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/** The individual's written schedule as JSON, as a calendar and as a printable page. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanScheduleTest {

    private static final LocalDate BOOKED_ON = LocalDate.of(2027, 3, 1);
    private static final OffsetDateTime FOLLOW_UP = BOOKED_ON.atTime(10, 0).atZone(ClockProducer.SWEDEN).toOffsetDateTime();
    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-12-10T09:00:00+01:00");

    @Inject
    PersonRefs personRefs;

    private static String action(String intervention, String description, String responsible, String startOn,
            String dueOn, String status) {
        String start = startOn == null ? "" : "\"startOn\": \"" + startOn + "\", ";
        return """
                {"lifeArea": "HOUSING", "intervention": "%s", "description": "%s", "responsibleOrgId": "%s", %s
                 "dueOn": "%s", "status": "%s"}""".formatted(intervention, description, responsible, start, dueOn, status);
    }

    /** A plan with two meetings booked or held, one cancelled, and three actions of which one is cancelled. */
    private String planWithItems(String person) {
        String id = PlanFixtures.startPlan(person);
        String actions = "/api/v1/plans/" + id + "/actions";
        municipality().body(action("HOUSING_SUPPORT", "Söka lägenhet <med> boendestödjare & \\\"kontaktperson\\\".",
                MUNICIPALITY, "2027-04-01", "2027-09-30", "PLANNED")).post(actions).then().statusCode(201);
        municipality().body(action("RELAPSE_PREVENTION", "Återfallsprevention i grupp.", REGION, null, "2027-02-15",
                "ONGOING")).post(actions).then().statusCode(201);
        municipality().body(action("OCCUPATION", "Praktik som inte blev av.", "INDIVIDUAL", null, "2027-01-20",
                "CANCELLED")).post(actions).then().statusCode(201);

        String ref = personRefs.of(PersonalIdentityNumber.parse(person));
        UUID plan = UUID.fromString(id);
        UUID held = UUID.randomUUID();
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, held, "SIP",
                FIRST, 0));
        MeetingEventFeed.publish(ref, MeetingEventFeed.held(ref, plan, held, "SIP", FIRST, FIRST.plusHours(2),
                BOOKED_ON));
        UUID cancelled = UUID.randomUUID();
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, cancelled,
                "OFFICIALS", FIRST.minusDays(7), 0));
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_CANCELLED, ref, plan, cancelled,
                "OFFICIALS", FIRST.minusDays(7), 1));
        // Not the individual's: an officials' meeting, and a meeting the individual is not invited to.
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, UUID.randomUUID(),
                "OFFICIALS", FIRST.minusDays(3), 0));
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, UUID.randomUUID(),
                "FOLLOW_UP", FOLLOW_UP.minusDays(1), 0, false));
        // Published last, on the same key: once it shows, the two above have been taken in.
        MeetingEventFeed.publish(ref, MeetingEventFeed.booked(EventTypes.MEETING_SCHEDULED, ref, plan, UUID.randomUUID(),
                "FOLLOW_UP", FOLLOW_UP, 0));
        await().atMost(ARRIVAL).until(() -> schedule(id).getList("items").size() == 4);
        return id;
    }

    private static JsonPath schedule(String id) {
        return municipality().get("/api/v1/plans/" + id + "/schedule").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.CLOCK.reset();
    }

    @Test
    void theScheduleListsBookedMeetingsAndActionsInTimeOrder() {
        String id = planWithItems(TestPersons.next());
        // Past and coming as on a day after the SIP meeting and before the action's last day.
        TestClock.moveTo(LocalDate.of(2026, 12, 20));
        municipality().get("/api/v1/plans/" + id + "/schedule").then().statusCode(200)
                .body("planId", equalTo(id))
                .body("leadName", equalTo("Motala kommun, vuxenenheten"))
                .body("items.title", contains("SIP-möte", "Återfallsprevention", "Uppföljningsmöte", "Hjälp med boende"))
                .body("items.kind", contains("MEETING", "ACTION", "MEETING", "ACTION"))
                .body("items.status", contains("HELD", "ONGOING", "SCHEDULED", "PLANNED"))
                .body("items[1].responsibleName", equalTo("Beroendemottagningen"))
                .body("items[1].dueOn", equalTo("2027-02-15"))
                .body("items[2].startsAt", equalTo("2027-03-01T10:00:00+01:00"))
                .body("items[2].endsAt", equalTo("2027-03-01T11:30:00+01:00"))
                .body("items[3].startOn", equalTo("2027-04-01"))
                .body("items[2].location", equalTo("Stadshuset, rum 3"))
                .body("items[2].organisations", contains("Motala kommun, vuxenenheten", "Beroendemottagningen"))
                .body("upcoming.title", contains("Återfallsprevention", "Uppföljningsmöte", "Hjälp med boende"))
                .body("past.title", contains("SIP-möte"));
    }

    @Test
    void theCalendarHasOneEventPerItemWithStableUidsInSwedishTime() throws Exception {
        String id = planWithItems(TestPersons.next());
        List<String> uids = schedule(id).getList("items.uid");
        String ics = municipality().accept("text/calendar").get("/api/v1/plans/" + id + "/schedule")
                .then().statusCode(200).contentType("text/calendar").extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(4, events.size());
        assertEquals(uids, events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList());
        assertTrue(calendar.getComponent(Component.VTIMEZONE).isPresent());

        VEvent followUp = events.get(2);
        var start = followUp.getProperty(Property.DTSTART).orElseThrow();
        assertEquals("Europe/Stockholm", start.getParameter(Parameter.TZID).orElseThrow().getValue());
        assertEquals("20270301T100000", start.getValue());
        assertEquals("Uppföljningsmöte", followUp.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("Stadshuset, rum 3", followUp.getProperty(Property.LOCATION).orElseThrow().getValue());
        VEvent housing = events.get(3);
        assertEquals("DATE", housing.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE)
                .orElseThrow().getValue());
        assertEquals("20270401", housing.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20271001", housing.getProperty(Property.DTEND).orElseThrow().getValue());

        String again = municipality().accept("text/calendar").get("/api/v1/plans/" + id + "/schedule").asString();
        assertEquals(uids, new CalendarBuilder().build(new StringReader(again)).<VEvent>getComponents(Component.VEVENT)
                .stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList());
    }

    @Test
    void thePrintablePageHasEveryBookedItemInSwedishAndNoPersonalNumber() {
        String person = TestPersons.next();
        String id = planWithItems(person);
        String html = municipality().accept("text/html").get("/api/v1/plans/" + id + "/schedule")
                .then().statusCode(200).contentType("text/html").extract().asString();

        assertTrue(html.contains("<html lang=\"sv\">"), html);
        assertTrue(html.contains("@media print"), html);
        assertTrue(html.contains("name=\"viewport\""), html);
        for (String booked : List.of("SIP-möte", "torsdag 10 december 2026 kl. 09.00–10.30", "Uppföljningsmöte",
                "måndag 1 mars 2027 kl. 10.00–11.30", "Återfallsprevention i grupp.", "Senast måndag 15 februari 2027",
                "Ansvarig: Beroendemottagningen", "Hjälp med boende",
                "Från torsdag 1 april 2027 till torsdag 30 september 2027", "Ansvarig: Motala kommun, vuxenenheten",
                "Kommande", "Tidigare", "Plats: Stadshuset, rum 3",
                "Inbjudna: Motala kommun, vuxenenheten, Beroendemottagningen")) {
            assertTrue(html.contains(booked), () -> booked + " missing in " + html);
        }
        assertTrue(html.contains("Söka lägenhet &lt;med&gt; boendestödjare &amp; &quot;kontaktperson&quot;."), html);
        assertFalse(html.contains("<med>"), html);
        assertFalse(html.contains("Praktik som inte blev av."), html);
        assertFalse(html.contains(person), html);
        assertFalse(html.contains(person.substring(2)), html);
        assertFalse(html.contains(TestPersons.withHyphen(person)), html);
        assertFalse(html.contains(person.substring(2, 8) + "-" + person.substring(8)), html);
    }

    @Test
    void anotherMediaTypeIsNotAcceptable() {
        String id = PlanFixtures.startPlan(TestPersons.next());
        municipality().accept("application/xml").get("/api/v1/plans/" + id + "/schedule").then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void aPartyWithoutConsentAndAStrangerSeeNoSchedule() {
        String id = PlanFixtures.startPlan(TestPersons.next());
        region().get("/api/v1/plans/" + id + "/schedule").then().statusCode(404)
                .contentType("application/problem+json");
        PlanFixtures.caseworker(PlanFixtures.STRANGER, "MUNICIPALITY").accept("text/html")
                .get("/api/v1/plans/" + id + "/schedule").then().statusCode(404);
    }
}
