package se.sip.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import se.sip.notification.mail.SlowMeetingService;
import se.sip.platform.calendar.ICalendarWriter;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.FakeMeetingService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * Invitation e-mails arrive on a real SMTP server: to each invitee with an address, multipart/mixed with the .ics
 * meeting-service serves (fetched with a service token) as text/calendar, METHOD:CANCEL once cancelled, and without
 * the person's number or name; once, even when sending it outlives the lease it was claimed with.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MailServer.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeMeetingService.class, restrictToAnnotatedClass = false)
class InvitationMailTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String PERSON_NAME = "Tolvan Tolvansson";

    @Inject
    PersonRefs personRefs;

    @Inject
    DataSource dataSource;

    @Test
    void aScheduledMeetingMailsEveryInviteeWithAnAddressItsCalendarInvitation() throws Exception {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        UUID meetingId = UUID.randomUUID();
        String municipality = Orgs.fresh("kommun") + "@example.se";
        String individual = Orgs.fresh("tolvan") + "@example.se";
        meetingServiceHas(meetingId, meetingJson(meetingId, personalNumber, "SCHEDULED", municipality, individual),
                ics(meetingId, "REQUEST", municipality, individual));

        Events.publish(personRef, meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, meetingId));

        await().atMost(ARRIVAL).until(() -> mailsTo(municipality).size() == 1 && mailsTo(individual).size() == 1);
        for (String address : List.of(municipality, individual)) {
            MimeMessage mail = mailsTo(address).get(0);
            assertTrue(mail.getContentType().startsWith("multipart/mixed"), mail.getContentType());
            BodyPart calendarPart = part(mail, "text/calendar");
            assertTrue(calendarPart.getContentType().contains("method=REQUEST"), calendarPart.getContentType());
            Calendar calendar = parse(calendarPart);
            assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
            VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
            assertEquals(meetingId + "@sip", event.getProperty(Property.UID).orElseThrow().getValue());
            assertEquals(List.of("mailto:" + address), event.getProperties(Property.ATTENDEE).stream()
                    .map(Property::getValue).toList(), "the recipient alone among the attendees");
            String text = (String) part(mail, "text/plain").getContent();
            assertTrue(text.contains("2026-12-10 09:00") && text.contains("/api/v1/meetings/" + meetingId), text);
            String whole = GreenMailUtil.getWholeMessage(mail);
            assertFalse(whole.contains(personalNumber) || whole.contains(personalNumber.substring(2)),
                    "a personal identity number in the e-mail");
            assertFalse(whole.contains("Tolvan"), "the person's name in the e-mail");
        }
        List<FakeMeetingService.Request> asked = FakeMeetingService.requestsFor(meetingId);
        assertTrue(asked.stream().anyMatch(r -> r.path().endsWith("/invitation.ics")));
        assertTrue(asked.stream().allMatch(r -> claims(r.authorization()).contains("\"integration\"")),
                "meeting-service is asked with a service token");
    }

    @Test
    void eachInviteesCalendarInvitationNamesThatInviteeAloneAmongTheAttendees() throws Exception {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        UUID meetingId = UUID.randomUUID();
        String municipality = Orgs.fresh("kommun") + "@example.se";
        String region = Orgs.fresh("region") + "@example.se";
        String individual = Orgs.fresh("tolvan") + "@example.se";
        List<String> addresses = List.of(municipality, region, individual);
        FakeMeetingService.put("/api/v1/meetings/" + meetingId, """
                {"id": "%s", "type": "SIP", "status": "SCHEDULED", "startsAt": "2026-12-10T08:00:00Z",
                 "invitees": [{"id": "%s", "kind": "PARTY", "email": "%s"},
                              {"id": "%s", "kind": "PARTY", "email": "%s"},
                              {"id": "%s", "kind": "INDIVIDUAL", "name": "%s", "email": "%s"}]}"""
                .formatted(meetingId, UUID.randomUUID(), municipality, UUID.randomUUID(),
                        region.toUpperCase(Locale.ROOT), UUID.randomUUID(), PERSON_NAME, individual));
        // As meeting-service writes it: each line folded at 75 octets, the individual's ATTENDEE over three lines,
        // a CN whose quotes hold ";", ":" and another address, the region's address in other case.
        List<String> before = List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SIP//meeting-service//SV",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + meetingId + "@sip", "SEQUENCE:0", "DTSTAMP:20261123T100000Z",
                "DTSTART:20261210T080000Z", "DTEND:20261210T093000Z", "SUMMARY:SIP-möte", "STATUS:CONFIRMED",
                "ORGANIZER;CN=\"kommun-0583\":mailto:noreply@sip.example.se");
        String municipalityLine = "ATTENDEE;CN=\"Vuxenenheten; mottagning: mailto:" + region + "\""
                + ";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + municipality;
        String regionLine = "ATTENDEE;CN=\"Beroendemottagningen\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + region;
        String individualLine = "ATTENDEE;CN=\"" + PERSON_NAME + ", Storgatan 1, Västerås (boende hos sin mor,"
                + " ring före besöket: 070-000 00 00)\";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:" + individual;
        List<String> after = List.of("LOCATION:Stadshuset\\, rum 3 (ingång från gården\\, andra våningen\\, fråga i"
                + " receptionen)", "END:VEVENT", "END:VCALENDAR");
        ICalendarWriter ics = new ICalendarWriter();
        before.forEach(ics::line);
        List.of(municipalityLine, regionLine, individualLine).forEach(ics::line);
        after.forEach(ics::line);
        assertTrue(individualLine.getBytes(StandardCharsets.UTF_8).length > 75 + 74, "three physical lines");
        FakeMeetingService.put("/api/v1/meetings/" + meetingId + "/invitation.ics", "text/calendar; charset=UTF-8",
                ics.toString());

        Events.publish(personRef, meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, meetingId));

        await().atMost(ARRIVAL).until(() -> addresses.stream().allMatch(a -> mailsTo(a).size() == 1));
        Map<String, String> ownLine = Map.of(municipality, "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:"
                + municipality, region, "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + region, individual,
                "ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:" + individual);
        for (String address : addresses) {
            MimeMessage mail = mailsTo(address).get(0);
            BodyPart calendarPart = part(mail, "text/calendar");
            VEvent event = parse(calendarPart).<VEvent>getComponent(Component.VEVENT).orElseThrow();
            List<Property> attendees = event.getProperties(Property.ATTENDEE);
            assertEquals(1, attendees.size(), () -> address + ": " + attendees);
            assertTrue(attendees.get(0).getValue().equalsIgnoreCase("mailto:" + address), attendees.get(0).getValue());
            assertTrue(attendees.get(0).getParameter(Parameter.CN).isEmpty(), "no name");
            // The rest of the file as meeting-service wrote it, octet for octet.
            ICalendarWriter expected = new ICalendarWriter();
            before.forEach(expected::line);
            expected.line(ownLine.get(address));
            after.forEach(expected::line);
            try (InputStream in = calendarPart.getInputStream()) {
                assertEquals(expected.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            String whole = GreenMailUtil.getWholeMessage(mail).toLowerCase(Locale.ROOT);
            for (String other : addresses) {
                assertTrue(other.equals(address) || !whole.contains(other.toLowerCase(Locale.ROOT)),
                        () -> address + "'s e-mail names " + other);
            }
            assertFalse(whole.contains("tolvan tolvansson"), "the person's name in the e-mail");
        }
    }

    @Test
    void aCancelledMeetingMailsACalendarCancellation() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        UUID meetingId = UUID.randomUUID();
        String region = Orgs.fresh("region") + "@example.se";
        meetingServiceHas(meetingId, meetingJson(meetingId, TestPersons.next(), "CANCELLED", region, null),
                ics(meetingId, "CANCEL", region, null));

        Events.publish(personRef, meetingEvent(EventTypes.MEETING_CANCELLED, personRef, meetingId));

        await().atMost(ARRIVAL).until(() -> mailsTo(region).size() == 1);
        MimeMessage mail = mailsTo(region).get(0);
        BodyPart calendarPart = part(mail, "text/calendar");
        assertTrue(calendarPart.getContentType().contains("method=CANCEL"), calendarPart.getContentType());
        Calendar calendar = parse(calendarPart);
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertTrue(mail.getSubject().startsWith("Inställt möte"), mail.getSubject());
    }

    @Test
    void anInvitationWhoseSendingOutlivesItsLeaseIsMailedOnceAndNotTakenOverByAnotherRound() throws Exception {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        UUID meetingId = UUID.randomUUID();
        String region = Orgs.fresh("region") + "@example.se";
        meetingServiceHas(meetingId, meetingJson(meetingId, TestPersons.next(), "SCHEDULED", region, null),
                ics(meetingId, "REQUEST", region, null));
        // meeting-service answers after 3 s: the e-mail is claimed with a lease of 1 s (the test profile).
        SlowMeetingService.answerSlowlyOnce(meetingId, Duration.ofSeconds(3));
        String scheduled = meetingEvent(EventTypes.MEETING_SCHEDULED, personRef, meetingId);

        Events.publish(personRef, scheduled);

        await().atMost(ARRIVAL).until(() -> SlowMeetingService.asked(meetingId));
        Instant asked = Instant.now();
        Thread.sleep(1500);
        // Past the first lease: a round of another replica now finds the e-mail still held, and leaves it.
        SlowMeetingService.runAnotherRound();
        assertEquals(0, mailsTo(region).size(), "another replica's round left the e-mail to the round that holds it");
        await().atMost(ARRIVAL).until(() -> "SENT".equals(mailStatus(Events.id(scheduled))));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), asked.plusSeconds(4)).toMillis()));
        assertEquals(1, mailsTo(region).size(), "the invitee is mailed once");
    }

    @Test
    void anInvitationWaitsForMeetingServiceAndIsSentOnceItAnswers() {
        String personRef = Events.personRef(personRefs, TestPersons.next());
        UUID meetingId = UUID.randomUUID();
        String region = Orgs.fresh("region") + "@example.se";
        meetingServiceHas(meetingId, meetingJson(meetingId, TestPersons.next(), "SCHEDULED", region, null),
                ics(meetingId, "REQUEST", region, null));
        FakeMeetingService.failNext(meetingId, 2);

        Events.publish(personRef, meetingEvent(EventTypes.MEETING_RESCHEDULED, personRef, meetingId));

        await().atMost(ARRIVAL).until(() -> mailsTo(region).size() == 1);
        assertTrue(FakeMeetingService.requestsFor(meetingId).size() >= 4, "asked again after the failures");
        assertEquals(1, mailsTo(region).size());
    }

    private static String meetingEvent(String type, String personRef, UUID meetingId) {
        return Events.event(type, personRef, meetingId, new MeetingEventData(personRef, meetingId, UUID.randomUUID(),
                "SIP", type.equals(EventTypes.MEETING_CANCELLED) ? "CANCELLED" : "SCHEDULED",
                OffsetDateTime.parse("2026-12-10T08:00:00Z"), 90, "PHYSICAL", 0, List.of("kommun-0583"), List.of(),
                null, null, null, null));
    }

    /** The meeting as meeting-service answers it: with the person's number and names, which must go no further. */
    private static String meetingJson(UUID id, String personalNumber, String status, String partyEmail,
            String individualEmail) {
        return """
                {"id": "%s", "planId": "%s", "personId": "%s", "type": "SIP", "status": "%s",
                 "startsAt": "2026-12-10T08:00:00Z", "durationMinutes": 90, "format": "PHYSICAL",
                 "location": "Stadshuset, rum 3",
                 "invitees": [
                   {"id": "%s", "kind": "PARTY", "orgId": "kommun-0583", "orgType": "MUNICIPALITY",
                    "name": "Vuxenenheten", "email": "%s", "noticeKind": "KALLELSE"},
                   {"id": "%s", "kind": "INDIVIDUAL", "name": "%s", %s "noticeKind": "INBJUDAN"},
                   {"id": "%s", "kind": "RELATIVE", "name": "Anna Tolvansson", "phone": "070-000 00 00",
                    "noticeKind": "INBJUDAN"}
                 ],
                 "organiserOrg": "kommun-0583", "sequence": 0, "version": 1}"""
                .formatted(id, UUID.randomUUID(), personalNumber, status, UUID.randomUUID(), partyEmail,
                        UUID.randomUUID(), PERSON_NAME,
                        individualEmail == null ? "" : "\"email\": \"" + individualEmail + "\",", UUID.randomUUID());
    }

    /** The invitation as meeting-service writes it, attendees' names (CN) included. */
    private static String ics(UUID id, String method, String partyEmail, String individualEmail) {
        StringBuilder ics = new StringBuilder();
        for (String line : new String[] { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SIP//meeting-service//SV",
                "CALSCALE:GREGORIAN", "METHOD:" + method, "BEGIN:VEVENT", "UID:" + id + "@sip", "SEQUENCE:0",
                "DTSTAMP:20261123T100000Z", "DTSTART:20261210T080000Z", "DTEND:20261210T093000Z", "SUMMARY:SIP-möte",
                "STATUS:" + (method.equals("CANCEL") ? "CANCELLED" : "CONFIRMED"),
                "ORGANIZER;CN=\"kommun-0583\":mailto:noreply@sip.example.se",
                "ATTENDEE;CN=\"Vuxenenheten\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + partyEmail }) {
            ics.append(line).append("\r\n");
        }
        if (individualEmail != null) {
            // Folded as meeting-service folds at 75 octets.
            String attendee = "ATTENDEE;CN=\"" + PERSON_NAME + "\";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:"
                    + individualEmail;
            ics.append(attendee, 0, 60).append("\r\n ").append(attendee.substring(60)).append("\r\n");
        }
        ics.append("LOCATION:Stadshuset\\, rum 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        return ics.toString();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MailServer.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static BodyPart part(MimeMessage mail, String type) throws Exception {
        MimeMultipart multipart = (MimeMultipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(type)) {
                return part;
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                for (int j = 0; j < nested.getCount(); j++) {
                    if (nested.getBodyPart(j).getContentType().toLowerCase().startsWith(type)) {
                        return nested.getBodyPart(j);
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " part in " + mail.getContentType());
    }

    /** Parses and validates as RFC 5545 demands; any error fails the test. */
    private static Calendar parse(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            Calendar calendar = new CalendarBuilder().build(in);
            assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
            return calendar;
        }
    }

    private static String claims(String authorization) {
        String jwt = authorization.substring("Bearer ".length());
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private String mailStatus(String eventId) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select status from invitation_mail where event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** What meeting-service answers about the meeting: its JSON and its invitation's .ics. */
    private static void meetingServiceHas(UUID meetingId, String json, String ics) {
        FakeMeetingService.put("/api/v1/meetings/" + meetingId, json);
        FakeMeetingService.put("/api/v1/meetings/" + meetingId + "/invitation.ics", "text/calendar; charset=UTF-8", ics);
    }
}
