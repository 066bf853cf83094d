package se.sip.meeting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.sip.meeting.MeetingFixtures.ARRIVAL;
import static se.sip.meeting.MeetingFixtures.MUNICIPALITY;
import static se.sip.meeting.MeetingFixtures.individual;
import static se.sip.meeting.MeetingFixtures.knownPlan;
import static se.sip.meeting.MeetingFixtures.meeting;
import static se.sip.meeting.MeetingFixtures.meetingEventsKeyed;
import static se.sip.meeting.MeetingFixtures.municipality;
import static se.sip.meeting.MeetingFixtures.municipalityMatching;
import static se.sip.meeting.MeetingFixtures.municipalityParty;
import static se.sip.meeting.MeetingFixtures.regionParty;
import static se.sip.meeting.MeetingFixtures.typesOf;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import se.sip.platform.events.EventTypes;
import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.platform.plan.PlanProjection;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/** Calendar replies (RFC 5546 METHOD:REPLY), built by ical4j as an invitee's calendar would, count as answers. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class MeetingCalendarReplyTest {

    private static final String INDIVIDUAL_EMAIL = "tolvan@example.se";

    @Inject
    PlanProjection plans;

    @Inject
    PersonRefs personRefs;

    @Test
    void repliesOfTheInvitationsSequenceAreRecordedAsAnswersAndAnOlderSequenceIsRefused() {
        String person = TestPersons.next();
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        String id = bookWithIndividual(person, personRef);
        String individualId = municipality().get("/api/v1/meetings/" + id).then().extract().path("invitees[0].id");

        calendar(MUNICIPALITY).body(reply(id + "@sip", 0, "TOLVAN@example.se", PartStat.TENTATIVE))
                .post("/api/v1/meetings/" + id + "/calendar-replies")
                .then().statusCode(200)
                .body("responses[0].inviteeId", equalTo(individualId))
                .body("responses[0].answer", equalTo("TENTATIVE"));

        municipalityMatching(id).body("{\"startsAt\": \"2026-12-17T09:00:00+01:00\"}")
                .post("/api/v1/meetings/" + id + "/rescheduling").then().statusCode(200).body("sequence", equalTo(1));
        calendar(MUNICIPALITY).body(reply(id + "@sip", 0, INDIVIDUAL_EMAIL, PartStat.DECLINED))
                .post("/api/v1/meetings/" + id + "/calendar-replies")
                .then().statusCode(409).body("detail", containsString("SEQUENCE 0"));
        calendar(MUNICIPALITY).body(reply(id + "@sip", 1, INDIVIDUAL_EMAIL, PartStat.ACCEPTED))
                .post("/api/v1/meetings/" + id + "/calendar-replies")
                .then().statusCode(200)
                .body("responses.answer", equalTo(List.of("TENTATIVE", "ACCEPTED")));

        assertEquals(List.of(EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_ANSWERED, EventTypes.MEETING_RESCHEDULED,
                EventTypes.MEETING_ANSWERED), typesOf(await().atMost(ARRIVAL).until(() -> meetingEventsKeyed(personRef),
                        l -> l.size() == 4)));
    }

    @Test
    void aReplyThatIsNotForThisMeetingOrNotAReplyIsAProblemAndRecordsNothing() {
        String person = TestPersons.next();
        String id = bookWithIndividual(person, personRefs.of(PersonalIdentityNumber.parse(person)));
        String path = "/api/v1/meetings/" + id + "/calendar-replies";

        calendar(MUNICIPALITY).body("this is not a calendar").post(path)
                .then().statusCode(400).body("type", equalTo("urn:sip:problem:validation"));
        calendar(MUNICIPALITY).body(reply("another@sip", 0, INDIVIDUAL_EMAIL, PartStat.ACCEPTED)).post(path)
                .then().statusCode(422).body("detail", containsString("UID"));
        calendar(MUNICIPALITY).body(reply(id + "@sip", 0, "someone@example.se", PartStat.ACCEPTED)).post(path)
                .then().statusCode(422).body("detail", containsString("invitee"))
                .body("detail", not(containsString("someone@example.se")));
        calendar(MUNICIPALITY).body(reply(id + "@sip", 0, INDIVIDUAL_EMAIL, PartStat.NEEDS_ACTION)).post(path)
                .then().statusCode(422).body("detail", containsString("PARTSTAT"));
        calendar(MUNICIPALITY).body(reply(id + "@sip", 0, INDIVIDUAL_EMAIL, PartStat.ACCEPTED)
                .replace("METHOD:REPLY", "METHOD:REQUEST")).post(path)
                .then().statusCode(422).body("detail", containsString("METHOD"));
        calendar(MUNICIPALITY).body(reply(id + "@sip", 0, "beroende@region.example.se", PartStat.ACCEPTED)).post(path)
                .then().statusCode(403);
        municipality().body("{}").post(path).then().statusCode(415);

        municipality().get("/api/v1/meetings/" + id).then().body("responses.size()", equalTo(0));
    }

    private String bookWithIndividual(String person, String personRef) {
        return municipality().body(meeting(knownPlan(plans, personRef, "SIP"), person, "SIP",
                "2026-12-10T09:00:00+01:00", individual(), municipalityParty(), regionParty()))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification calendar(String org) {
        return given().header("Authorization", Tokens.bearer("cw-1", org, "MUNICIPALITY", "caseworker"))
                .contentType("text/calendar; charset=utf-8");
    }

    /** A reply as a calendar client writes it: METHOD:REPLY, the invitation's UID and SEQUENCE, one ATTENDEE. */
    private static String reply(String uid, int sequence, String email, PartStat partStat) {
        Attendee attendee = new Attendee(URI.create("mailto:" + email));
        attendee.add(partStat);
        VEvent event = new VEvent();
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new DtStamp(Instant.now()));
        event.add(new Organizer(URI.create("mailto:noreply@sip.example.se")));
        event.add(attendee);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Test calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableMethod.REPLY);
        calendar.add(event);
        return calendar.toString();
    }
}
