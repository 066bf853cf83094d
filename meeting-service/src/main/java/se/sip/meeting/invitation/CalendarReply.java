package se.sip.meeting.invitation;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;

import se.sip.meeting.meeting.Answer;
import se.sip.meeting.meeting.CalendarAnswer;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.problem.ProblemType;

/**
 * Reads an invitee's calendar answer to an invitation: an RFC 5546 METHOD:REPLY with one VEVENT naming the invitation's
 * UID and SEQUENCE and one ATTENDEE whose PARTSTAT is the answer. Text that is not iCalendar is a 400; an iCalendar
 * object that is not such a reply is a 422. Problems never quote the body: it holds e-mail addresses.
 */
final class CalendarReply {

    private static final String MAILTO = "mailto:";

    private CalendarReply() {
    }

    static CalendarAnswer parse(String ics) {
        Calendar calendar = build(ics);
        String method = calendar.getProperty(Property.METHOD).map(Property::getValue).orElse(null);
        require("REPLY".equalsIgnoreCase(method), "The calendar object is not a reply: METHOD must be REPLY"
                + " (RFC 5546).");
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow(() -> ProblemException
                .ruleViolation("The reply has no VEVENT."));
        String uid = event.getProperty(Property.UID).map(Property::getValue).orElseThrow(() -> ProblemException
                .ruleViolation("The reply's VEVENT has no UID."));
        int sequence = event.getProperty(Property.SEQUENCE).map(Property::getValue).map(CalendarReply::number)
                .orElse(0);
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        require(attendees.size() == 1, "A reply names exactly one ATTENDEE (RFC 5546), this one " + attendees.size()
                + ".");
        Attendee attendee = (Attendee) attendees.get(0);
        String address = attendee.getValue();
        require(address != null && address.toLowerCase(Locale.ROOT).startsWith(MAILTO),
                "The reply's ATTENDEE is not a mailto: address.");
        String partstat = attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue).orElse("");
        return new CalendarAnswer(uid, sequence, CalendarValues.address(address), answer(partstat));
    }

    /** ACCEPTED, DECLINED and TENTATIVE answer; NEEDS-ACTION or DELEGATED do not. */
    private static Answer answer(String partstat) {
        return switch (partstat.toUpperCase(Locale.ROOT)) {
            case "ACCEPTED" -> Answer.ACCEPTED;
            case "DECLINED" -> Answer.DECLINED;
            case "TENTATIVE" -> Answer.TENTATIVE;
            default -> throw ProblemException.ruleViolation("The ATTENDEE's PARTSTAT must be ACCEPTED, DECLINED or"
                    + " TENTATIVE.");
        };
    }

    private static Calendar build(String ics) {
        if (ics == null || ics.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "The body is empty; send the reply as text/calendar.");
        }
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (ParserException e) {
            throw new ProblemException(ProblemType.VALIDATION, "The body is not iCalendar (RFC 5545): it cannot be"
                    + " read at line " + e.getLineNo() + ".");
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "The body is not iCalendar (RFC 5545).");
        }
    }

    private static int number(String sequence) {
        try {
            return Integer.parseInt(sequence.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.ruleViolation("The reply's SEQUENCE is not a number.");
        }
    }

    private static void require(boolean holds, String detail) {
        if (!holds) {
            throw ProblemException.ruleViolation(detail);
        }
    }
}
