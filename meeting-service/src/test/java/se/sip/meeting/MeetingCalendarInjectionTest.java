package se.sip.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.REGION;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.municipality;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import se.sip.meeting.meeting.MeetingRepository;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Nothing booked can write into the invitation's iCalendar (RFC 5545) more than its own value: a line break or
 * another control character in a place, a name, an address or a link adds no property and no ATTENDEE. The .ics is
 * read back by ical4j and, line by line, as a lenient reader would split it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingCalendarInjectionTest {

    private static final String INJECTED = "\r\nATTENDEE:mailto:evil@example.com";
    private static final String STARTS_AT = "2026-12-10T09:00:00+01:00";
    /** Every property the invitation has: any other at the start of a line was injected. */
    private static final Set<String> PROPERTIES = Set.of("BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD",
            "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "DTSTART", "RRULE", "UID", "SEQUENCE", "DTSTAMP", "DTEND",
            "SUMMARY", "STATUS", "ORGANIZER", "ATTENDEE", "URL", "LOCATION");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Inject
    MeetingRepository meetings;

    @Test
    void aLineBreakInAPlaceOrANameAddsNoPropertyAndNoAttendee() throws Exception {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        String location = "Stadshuset, rum 3" + INJECTED + "\u000bX-INJECTED:1\u2028URL:https://evil.example.com";
        String booking = meeting(planId, person, "SIP", STARTS_AT,
                invitee("INDIVIDUAL", null, null, "Tolvan" + INJECTED, "tolvan@example.se"),
                invitee("PARTY", MUNICIPALITY, "MUNICIPALITY", "Motala kommun\"" + INJECTED + "\"\u0085X-INJECTED:2",
                        "vuxen@motala.example.se"),
                // An address @Email and the booking accept, whose braces a URI must percent-encode (RFC 6068).
                invitee("PARTY", REGION, "REGION", "Beroende\u2029ATTENDEE:mailto:evil2@example.com\u001f",
                        "kansli+{sip}@region.example.se"),
                invitee("RELATIVE", null, null, "Anna" + INJECTED, null))
                .replace("\"location\": \"Stadshuset, rum 3\"", "\"location\": " + json(location));
        String id = municipality().body(booking).post("/api/v1/meetings").then().statusCode(201).extract().path("id");

        String ics = ics(id);
        assertOnlyItsOwnLines(ics);
        VEvent event = event(parse(ics));
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertEquals(3, attendees.size(), "one ATTENDEE for each invitee with an e-mail address");
        assertEquals(List.of("mailto:tolvan@example.se", "mailto:vuxen@motala.example.se",
                "mailto:kansli+%7Bsip%7D@region.example.se"), attendees.stream().map(Property::getValue).toList());
        assertEquals("kansli+{sip}@region.example.se",
                URLDecoder.decode(attendees.get(2).getValue().substring("mailto:".length()).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
        assertEquals(List.of("Tolvan  ATTENDEE:mailto:evil@example.com",
                "Motala kommun'  ATTENDEE:mailto:evil@example.com' X-INJECTED:2",
                "Beroende ATTENDEE:mailto:evil2@example.com "), attendees.stream()
                        .map(a -> a.getParameter(Parameter.CN).orElseThrow().getValue()).toList());
        assertEquals("Stadshuset, rum 3\nATTENDEE:mailto:evil@example.com X-INJECTED:1 URL:https://evil.example.com",
                event.getProperty(Property.LOCATION).orElseThrow().getValue(), "the line break kept as TEXT's \\n");
        assertTrue(event.getProperty(Property.URL).isEmpty(), "no URL injected");
    }

    @Test
    void aVideoLinkThatIsNotAPlainHttpsUrlIs400NamingVideoLink() throws Exception {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        for (String link : List.of("http://meet.example.se/abc", "javascript:alert(1)",
                "https://x" + INJECTED, "https://meet.example.se/abc\n", "https://meet.example.se/a b",
                "https://meet.example.se/\u2028ATTENDEE:mailto:evil@example.com", "https://meet.example.se/\u0085",
                "https://user:secret@meet.example.se/abc", "https://evil.example.com@meet.example.se/abc",
                "https:///abc", "https://", "ftp://meet.example.se/abc", " https://meet.example.se/abc")) {
            municipality().body(digital(planId, person, link)).post("/api/v1/meetings").then()
                    .statusCode(400).body("type", equalTo("urn:sip:problem:validation"))
                    .body("errors.field", hasItem("videoLink"));
        }

        String link = "https://meet.example.se:8443/j/123?pwd=a%2Fb&x=1#start";
        String id = municipality().body(digital(planId, person, link)).post("/api/v1/meetings").then()
                .statusCode(201).body("videoLink", equalTo(link)).extract().path("id");
        String ics = ics(id);
        assertOnlyItsOwnLines(ics);
        assertEquals(link, event(parse(ics)).getProperty(Property.URL).orElseThrow().getValue());
    }

    @Test
    void anAddressThatCouldBreakTheAttendeeLineIs400NamingIt() throws Exception {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        // The quoted ones are valid for @Email (RFC 5322 quoted local parts): the booking's own rule refuses them.
        for (String email : List.of("tolvan@example.se" + INJECTED, "\"x\r\nATTENDEE:mailto:evil\"@example.com",
                "\"x;ROLE=CHAIR:mailto:evil@example.com\"@example.se", "\"x\u2028ATTENDEE:mailto:evil\"@example.se",
                "\"a:b\"@example.se", "\"a;b\"@example.se", "tolvan@[10.0.0.1]", "\"a b\"@example.se",
                "to\u0085lvan@example.se")) {
            String booking = meeting(planId, person, "SIP", STARTS_AT,
                    invitee("PARTY", MUNICIPALITY, "MUNICIPALITY", "Motala kommun", "vuxen@motala.example.se"),
                    invitee("PARTY", REGION, "REGION", "Beroendemottagningen", "beroende@region.example.se"),
                    invitee("INDIVIDUAL", null, null, "Tolvan Tolvansson", email));
            municipality().body(booking).post("/api/v1/meetings").then()
                    .statusCode(400).body("type", equalTo("urn:sip:problem:validation"))
                    .body("errors.field", hasItem("invitees[2].email"));
        }
    }

    @Test
    void anAddressOrALinkStoredBeforeTheRulesStillCannotBreakALine() throws Exception {
        String person = TestPersons.next();
        UUID planId = knownPlan(plans, personRefs.of(PersonalIdentityNumber.parse(person)), "SIP");
        String id = municipality().body(digital(planId, person, "https://meet.example.se/abc")).post("/api/v1/meetings")
                .then().statusCode(201).extract().path("id");
        // As a meeting booked before the booking refused them might hold them.
        QuarkusTransaction.requiringNew().run(() -> {
            meetings.getEntityManager().createNativeQuery("update meeting set video_link = :link where id = :id")
                    .setParameter("link", "https://x" + INJECTED + "\u2028X-INJECTED:1")
                    .setParameter("id", UUID.fromString(id)).executeUpdate();
            meetings.getEntityManager().createNativeQuery("update meeting_invitee set email = :email"
                    + " where meeting_id = :id and position = 0")
                    .setParameter("email", "\"x;ROLE=CHAIR:mailto:evil@example.com" + INJECTED + "\"@example.se")
                    .setParameter("id", UUID.fromString(id)).executeUpdate();
        });

        String ics = ics(id);
        assertOnlyItsOwnLines(ics);
        VEvent event = event(parse(ics));
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertEquals(2, attendees.size(), attendees::toString);
        assertEquals("mailto:%22x%3BROLE=CHAIR%3Amailto%3Aevil@example.com%0D%0AATTENDEE%3Amailto%3Aevil"
                + "@example.com%22@example.se", attendees.get(0).getValue());
        assertEquals("REQ-PARTICIPANT", attendees.get(0).getParameter(Parameter.ROLE).orElseThrow().getValue());
        assertEquals("https://x%0D%0AATTENDEE:mailto:evil@example.com%E2%80%A8X-INJECTED:1",
                event.getProperty(Property.URL).orElseThrow().getValue());
    }

    /** A DIGITAL SIP-möte with the municipality and the region, and {@code link}. */
    private static String digital(UUID planId, String person, String link) throws JsonProcessingException {
        return meeting(planId, person, "SIP", STARTS_AT,
                invitee("PARTY", MUNICIPALITY, "MUNICIPALITY", "Motala kommun", "vuxen@motala.example.se"),
                invitee("PARTY", REGION, "REGION", "Beroendemottagningen", "beroende@region.example.se"))
                .replace("\"format\": \"PHYSICAL\"", "\"format\": \"DIGITAL\"")
                .replace("\"location\": \"Stadshuset, rum 3\"", "\"videoLink\": " + json(link));
    }

    private static String invitee(String kind, String orgId, String orgType, String name, String email)
            throws JsonProcessingException {
        return "{\"kind\": %s, \"orgId\": %s, \"orgType\": %s, \"name\": %s, \"email\": %s}".formatted(json(kind),
                json(orgId), json(orgType), json(name), json(email));
    }

    private static String json(String value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    private static String ics(String id) {
        return municipality().get("/api/v1/meetings/" + id + "/invitation.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString();
    }

    /**
     * Line by line as the laxest reader splits them (at CR, LF, the other vertical spaces and Unicode's line and
     * paragraph separators, as e.g. Python's splitlines() does), each unfolded line is one of the invitation's own
     * properties, every ATTENDEE a mailto: that holds no second one; and CRLF ends each line and is nowhere else.
     */
    private static void assertOnlyItsOwnLines(String ics) {
        String unfolded = ics.replace("\r\n ", "");
        for (char c : unfolded.replace("\r\n", "").toCharArray()) {
            int type = Character.getType(c);
            assertFalse(type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR, () -> "a control character or separator U+"
                            + Integer.toHexString(c) + " in the .ics");
        }
        for (String line : unfolded.split("[\r\n\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]+")) {
            String name = line.split("[;:]", 2)[0].toUpperCase(Locale.ROOT);
            assertTrue(PROPERTIES.contains(name), () -> "an injected line: " + line);
            if (name.equals("ATTENDEE")) {
                String value = line.substring(valueStart(line));
                assertTrue(value.startsWith("mailto:") && !value.substring(7).contains(":"), line);
            }
        }
    }

    /** Where the value starts: after the first colon outside a quoted parameter value (RFC 5545, 3.1). */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i + 1;
            }
        }
        throw new AssertionError("no value: " + line);
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
}
