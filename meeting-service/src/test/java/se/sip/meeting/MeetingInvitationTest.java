package se.sip.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.meeting.MeetingFixtures.book;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityMatching;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** The invitation as iCalendar, read back by a real parser: stable UID, rising SEQUENCE, METHOD:CANCEL. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingInvitationTest {

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void aMoveKeepsTheUidAndRaisesTheSequenceAndACancellationSendsCancel() throws Exception {
        String person = TestPersons.next();
        String id = book(knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP"), person,
                "2026-12-10T09:00:00+01:00");

        String first = ics(id);
        Calendar booked = parse(first);
        assertEquals("REQUEST", value(booked, Property.METHOD));
        VEvent event = event(booked);
        assertEquals(id + "@sip", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("20261210T090000", value(event, Property.DTSTART));
        assertEquals("Europe/Stockholm", event.getProperty(Property.DTSTART).orElseThrow()
                .getParameter(Parameter.TZID).orElseThrow().getValue());
        assertEquals(Instant.parse("2026-12-10T08:00:00Z"), instant(event, Property.DTSTART));
        assertEquals(Instant.parse("2026-12-10T09:30:00Z"), instant(event, Property.DTEND));
        VTimeZone zone = booked.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("Europe/Stockholm", zone.getProperty(Property.TZID).orElseThrow().getValue());
        assertEquals("+0100", offsetOn(zone, "2026-12-10T08:00:00Z"));
        assertEquals("+0200", offsetOn(zone, "2027-06-10T07:00:00Z"));
        // Summer time begins on the last Sunday of March (28 March 2027) and ends on that of October (31 October).
        assertEquals("+0100", offsetOn(zone, "2027-03-27T12:00:00Z"));
        assertEquals("+0200", offsetOn(zone, "2027-03-29T12:00:00Z"));
        assertEquals("+0200", offsetOn(zone, "2027-10-30T12:00:00Z"));
        assertEquals("+0100", offsetOn(zone, "2027-11-01T12:00:00Z"));
        assertEquals("SIP-möte", value(event, Property.SUMMARY));
        assertEquals(2, event.getProperties(Property.ATTENDEE).size());
        assertFalse(first.contains(person), "no personal identity number in the invitation");
        assertTrue(first.endsWith("\r\n") && !first.replace("\r\n", "").contains("\n"), "CRLF line ends");
        for (String line : first.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }

        municipalityMatching(id).body("{\"startsAt\": \"2026-12-17T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling").then().statusCode(200);
        VEvent moved = event(parse(ics(id)));
        assertEquals(id + "@sip", value(moved, Property.UID));
        assertEquals("1", value(moved, Property.SEQUENCE));
        assertEquals("20261217T090000", value(moved, Property.DTSTART));

        municipalityMatching(id).body("{\"reason\": \"The chair is ill.\"}")
                .post("/api/v1/meetings/" + id + "/cancellation").then().statusCode(200);
        Calendar cancelled = parse(ics(id));
        assertEquals("CANCEL", value(cancelled, Property.METHOD));
        assertEquals(id + "@sip", value(event(cancelled), Property.UID));
        assertEquals("CANCELLED", value(event(cancelled), Property.STATUS));
    }

    private static String ics(String id) {
        return municipality().get("/api/v1/meetings/" + id + "/invitation.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString();
    }

    /** Parses and validates as RFC 5545 demands; any error fails the test. */
    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        return calendar;
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static Instant instant(VEvent event, String name) {
        return Instant.from(event.<DateProperty<?>>getProperty(name).orElseThrow().getDate());
    }

    /** The UTC offset of the VTIMEZONE's observance in force at that instant. */
    private static String offsetOn(VTimeZone zone, String instant) {
        return zone.getApplicableObservance(Instant.parse(instant)).getProperty(Property.TZOFFSETTO).orElseThrow()
                .getValue();
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
