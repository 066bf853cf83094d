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

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * A meeting's minutes on their way through the two adjusters, from the real broker: submitted minutes reach each
 * adjuster's organisation, the reminder only those whose adjuster has not answered, minutes sent back only the
 * note-taker's organisation; each with the link to the minutes and no personal identity number. An event's
 * notifications are written in one transaction: once the one told has its notification, those not told have none.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class MinutesRoutingTest {

    private static final LocalDate ANSWER_BY = LocalDate.parse("2026-12-19");

    @Inject
    PersonRefs personRefs;

    @Test
    void submittedMinutesReachEachAdjustersOrganisationWithTheLastDayOfTheAnswer() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String municipality = Orgs.fresh("kommun");
        String region = Orgs.fresh("region");
        String noteTaker = Orgs.fresh("kommun");
        UUID meetingId = UUID.randomUUID();
        String submitted = Events.minutes(EventTypes.MINUTES_SUBMITTED, personRef, meetingId,
                List.of(municipality, region), ANSWER_BY, noteTaker, null);
        Events.publish(personRef, submitted);
        Events.publish(personRef, submitted);

        for (String adjuster : List.of(municipality, region)) {
            awaitNotification(adjuster, Events.id(submitted));
            JsonPath inbox = inbox(adjuster, null);
            assertEquals(1, inbox.getList("items.findAll { it.eventId == '" + Events.id(submitted) + "' }").size(),
                    "once, though delivered twice");
            assertEquals("/api/v1/meetings/" + meetingId + "/minutes", inbox.getString(itemOf(submitted) + ".link"));
            assertEquals("Arbetsanteckningarna från SIP-möte 2026-12-10 09:00 väntar på er justerares svar senast"
                    + " 2026-12-19.", inbox.getString(itemOf(submitted) + ".textSv"));
            assertEquals("The minutes of the SIP meeting on 2026-12-10 09:00 await your adjuster's answer by"
                    + " 2026-12-19.", inbox.getString(itemOf(submitted) + ".textEn"));
        }
        assertFalse(eventIds(noteTaker).contains(Events.id(submitted)), "the note-taker submitted them");
        assertNoPersonalNumber(personalNumber, municipality, region);
    }

    @Test
    void theReminderReachesOnlyTheAdjustersWhoHaveNotAnswered() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String answered = Orgs.fresh("kommun");
        String silent = Orgs.fresh("region");
        String noteTaker = Orgs.fresh("kommun");
        UUID meetingId = UUID.randomUUID();
        String due = Events.minutes(EventTypes.MINUTES_ANSWER_DUE, personRef, meetingId, List.of(silent), ANSWER_BY,
                noteTaker, null);
        Events.publish(personRef, due);

        awaitNotification(silent, Events.id(due));
        JsonPath inbox = inbox(silent, null);
        assertEquals("/api/v1/meetings/" + meetingId + "/minutes", inbox.getString(itemOf(due) + ".link"));
        assertEquals("Påminnelse: er justerare har inte svarat på arbetsanteckningarna från SIP-möte 2026-12-10"
                + " 09:00. Svaret ska lämnas senast 2026-12-19.", inbox.getString(itemOf(due) + ".textSv"));
        assertEquals("Reminder: your adjuster has not answered the minutes of the SIP meeting on 2026-12-10 09:00."
                + " The answer is due by 2026-12-19.", inbox.getString(itemOf(due) + ".textEn"));
        assertFalse(eventIds(answered).contains(Events.id(due)), "an adjuster who answered");
        assertFalse(eventIds(noteTaker).contains(Events.id(due)));
        assertNoPersonalNumber(personalNumber, silent);
    }

    @Test
    void returnedMinutesReachTheNoteTakersOrganisationNamingWhoseAdjusterSentThemBack() {
        String personalNumber = TestPersons.next();
        String personRef = Events.personRef(personRefs, personalNumber);
        String returning = Orgs.fresh("kommun");
        String other = Orgs.fresh("region");
        String noteTaker = Orgs.fresh("kommun");
        UUID meetingId = UUID.randomUUID();
        String returned = Events.minutes(EventTypes.MINUTES_RETURNED, personRef, meetingId,
                List.of(returning, other), ANSWER_BY, noteTaker, returning);
        Events.publish(personRef, returned);

        awaitNotification(noteTaker, Events.id(returned));
        JsonPath inbox = inbox(noteTaker, null);
        assertEquals("/api/v1/meetings/" + meetingId + "/minutes", inbox.getString(itemOf(returned) + ".link"));
        assertEquals("Arbetsanteckningarna från SIP-möte 2026-12-10 09:00 har skickats tillbaka av justeraren från "
                + returning + ". Rätta dem och skicka in dem igen; kommentaren finns under länken.",
                inbox.getString(itemOf(returned) + ".textSv"));
        assertEquals("The minutes of the SIP meeting on 2026-12-10 09:00 were sent back by the adjuster from "
                + returning + ". Correct them and submit them again; the comment is at the link.",
                inbox.getString(itemOf(returned) + ".textEn"));
        for (String adjuster : List.of(returning, other)) {
            assertFalse(eventIds(adjuster).contains(Events.id(returned)), "an adjuster: " + adjuster);
        }
        assertNoPersonalNumber(personalNumber, noteTaker);
    }

    /** The GPath of the inbox item of this event. */
    private static String itemOf(String event) {
        return "items.find { it.eventId == '" + Events.id(event) + "' }";
    }
}
