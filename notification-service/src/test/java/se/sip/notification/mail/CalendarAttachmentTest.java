package se.sip.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The .ics a recipient's e-mail carries, on the octets: only the recipient's ATTENDEE stays, however its line is folded
 * (even inside a UTF-8 character, as RFC 5545 allows simple writers to) and whatever its quoted parameters hold.
 */
class CalendarAttachmentTest {

    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SIP//meeting-service//SV\r\n"
            + "METHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:m@sip\r\n";
    private static final String TAIL = "END:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void aLineFoldedInsideACharacterIsUnfoldedOnTheOctets() {
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        ics.writeBytes(HEAD.getBytes(StandardCharsets.UTF_8));
        byte[] attendee = "ATTENDEE;CN=\"Åsa Öberg\";ROLE=REQ-PARTICIPANT:mailto:åsa@example.se"
                .getBytes(StandardCharsets.UTF_8);
        byte[] location = "LOCATION:Västerås".getBytes(StandardCharsets.UTF_8);
        // Folded between the two octets of Å, of Ö and of ä: each half alone is no character.
        ics.write(attendee, 0, 14);
        ics.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
        ics.write(attendee, 14, 5);
        ics.writeBytes("\r\n\t".getBytes(StandardCharsets.US_ASCII));
        ics.write(attendee, 19, attendee.length - 19);
        ics.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        ics.write(location, 0, 11);
        ics.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
        ics.write(location, 11, location.length - 11);
        ics.writeBytes(("\r\nATTENDEE;CN=\"Bo\":mailto:bo@exam\r\n ple.se\r\n" + TAIL)
                .getBytes(StandardCharsets.UTF_8));

        CalendarAttachment attachment = CalendarAttachment.of(ics.toByteArray());

        assertEquals(HEAD + "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:åsa@example.se\r\nLOCATION:Västerås\r\n" + TAIL,
                attachment.forRecipient("ÅSA@example.se"));
        assertEquals(HEAD + "LOCATION:Västerås\r\nATTENDEE:mailto:bo@example.se\r\n" + TAIL,
                attachment.forRecipient("bo@example.se"));
        assertEquals(HEAD + "LOCATION:Västerås\r\n" + TAIL, attachment.forRecipient("someone@example.se"));
        assertEquals("CANCEL", attachment.method());
    }

    @Test
    void onlyTheRecipientsOwnAddressCountsNotOneInAQuotedParameter() {
        String ics = HEAD
                + "ATTENDEE;CN=\"Kansli; Region: mailto:b@example.se\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:a@ex\r\n"
                + " ample.se\r\n"
                + "ATTENDEE;DELEGATED-FROM=\"mailto:a@example.se\";CN=\"B\":MAILTO:B@Example.SE\r\n"
                + "ATTENDEE;CN=\"C\":mailto:kansli+%7Bsip%7D@example.se\r\n"
                + "ATTENDEE;CN=\"Again\":mailto:a@example.se\r\n"
                + TAIL;
        CalendarAttachment attachment = CalendarAttachment.of(ics.getBytes(StandardCharsets.UTF_8));

        assertEquals(HEAD + "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:a@example.se\r\n" + TAIL,
                attachment.forRecipient("a@example.se"), "once, however often it is named");
        assertEquals(HEAD + "ATTENDEE;DELEGATED-FROM=\"mailto:a@example.se\":MAILTO:B@Example.SE\r\n" + TAIL,
                attachment.forRecipient("b@example.se"));
        assertEquals(HEAD + "ATTENDEE:mailto:kansli+%7Bsip%7D@example.se\r\n" + TAIL,
                attachment.forRecipient("kansli+{sip}@example.se"), "percent-decoded (RFC 6068)");
    }
}
