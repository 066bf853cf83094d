package se.sip.meeting.invitation;

import se.sip.meeting.meeting.MeetingExamples;

/** Example bodies of the invitations API (answers, calendar replies, the .ics) for the OpenAPI document. */
final class InvitationExamples {

    static final String RESPONSE = """
            {"inviteeId": "2d1e3f40-5b6c-4d7e-9f80-a12b3c4d5e6f", "answer": "DECLINED"}""";

    /** The person themselves proposes a new time for their own invitation, which leaving inviteeId out names. */
    static final String OWN_RESPONSE = """
            {"answer": "PROPOSED_NEW_TIME", "proposedStartsAt": "2027-02-12T14:00:00+01:00"}""";

    /** The person's meeting as the answer to their own answer shows it (OwnMeeting). */
    static final String OWN_ANSWERED = MeetingExamples.OWN_MEETING;

    static final String CALENDAR_REPLY = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Calendar//EN\r\n"
            + "METHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:7b1e9f30-2c4d-4e8a-b1f2-9d0c3a5e6f70@sip\r\nSEQUENCE:0\r\n"
            + "DTSTAMP:20261124T080000Z\r\nORGANIZER:mailto:noreply@sip.example.se\r\n"
            + "ATTENDEE;PARTSTAT=DECLINED:mailto:beroende@region.example.se\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SIP//meeting-service//SV\r\n"
            + "CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"
            + "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
            + "DTSTART:19960331T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
            + "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
            + "DTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
            + "END:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
            + "UID:7b1e9f30-2c4d-4e8a-b1f2-9d0c3a5e6f70@sip\r\nSEQUENCE:0\r\nDTSTAMP:20261123T093000Z\r\n"
            + "DTSTART;TZID=Europe/Stockholm:20261210T090000\r\nDTEND;TZID=Europe/Stockholm:20261210T103000\r\n"
            + "SUMMARY:SIP-möte\r\nSTATUS:CONFIRMED\r\n"
            + "ORGANIZER;CN=\"kommun-0583\":mailto:noreply@sip.example.se\r\n"
            + "ATTENDEE;CN=\"Beroendemottagningen\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ber\r\n"
            + " oende@region.example.se\r\nLOCATION:Stadshuset\\, rum 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private InvitationExamples() {
    }
}
