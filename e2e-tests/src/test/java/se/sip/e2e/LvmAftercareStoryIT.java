package se.sip.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import se.sip.platform.events.EventTypes;
import se.sip.platform.events.Topics;
import se.sip.testinfra.TestPersons;
import se.sip.testinfra.Tokens;

/**
 * Seed 000's LVM-aftercare story (docs/domain.md, "The main flow"), step by step, through the services' REST APIs as the
 * partners' systems call them. Each step checks what every party, and an organisation outside the plan, can and
 * cannot see. Where the story waits months (a follow-up coming due, then missed) the stack's clock is moved.
 */
@ExtendWith(Stack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LvmAftercareStoryIT {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);
    static final List<Org> PARTIES = List.of(Org.MUNICIPALITY, Org.SIS, Org.REGION);

    final String personId = TestPersons.next();
    final LocalDate lvmStartedOn = Bodies.today().minusMonths(2);
    // The services run on the system clock: the meetings take place within the run, so that they can be held. Care
    // began two months ago, so the SIP meeting is two months into care.
    final OffsetDateTime officialsAt = Bodies.secondsFromNow(20);
    final OffsetDateTime sipAt = Bodies.secondsFromNow(40);
    String consentId;
    String personRef;
    String planId;
    String officialsId;
    String sipMeetingId;

    @Test
    @Order(1)
    void consentIsGrantedToConveneDocumentAndShareWithTheNamedPartiesAndTheSister() {
        Response created = Org.MUNICIPALITY.to(Stack.CONSENT).body(Bodies.consent(personId))
                .post("/api/v1/consents").then().statusCode(201).extract().response();
        consentId = created.path("id");
        personRef = created.path("personRef");

        for (Org party : PARTIES) {
            party.to(Stack.CONSENT).get("/api/v1/consents/{id}", consentId).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("purposes", containsInAnyOrder("CONVENE_MEETING", "OBTAIN_DOCUMENTATION",
                            "SHARE_INFORMATION", "INVITE_RELATIVES"));
        }
        Org.OUTSIDER.to(Stack.CONSENT).get("/api/v1/consents/{id}", consentId).then().statusCode(404);
        Org.OUTSIDER.to(Stack.CONSENT).queryParam("personId", personId).get("/api/v1/consents").then()
                .statusCode(200).body("total", equalTo(0));

        // What the other services ask before a write: permitted for a named party, refused for anyone else.
        decision(Org.REGION, "SHARE_INFORMATION").then().statusCode(200)
                .body("decisions[0].permitted", equalTo(true));
        decision(Org.OUTSIDER, "SHARE_INFORMATION").then().statusCode(200)
                .body("decisions[0].permitted", equalTo(false));

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<JsonNode> granted = Events.ofType(Topics.CONSENT, personRef, "se.sip.consent.granted.v1");
            assertEquals(1, granted.size());
            assertEquals(List.of(Org.MUNICIPALITY.id(), Org.SIS.id(), Org.REGION.id()).stream().sorted().toList(),
                    Events.texts(granted.get(0).path("data").path("partyOrgIds")).stream().sorted().toList());
        });
        assertNoPersonNumberOn(Topics.CONSENT);
    }

    @Test
    @Order(2)
    void theMunicipalityStartsTheLvmAftercarePlanWithSisAndTheRegion() {
        planId = Org.MUNICIPALITY.to(Stack.PLAN).body(Bodies.lvmAftercarePlan(personId, lvmStartedOn))
                .post("/api/v1/plans").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("lead.orgId", equalTo(Org.MUNICIPALITY.id()))
                .extract().path("id");

        // The other parties see it once plan-service has the consent from Kafka; the outsider never does.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (Org party : PARTIES) {
                party.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                        .body("parties.orgId", containsInAnyOrder(Org.MUNICIPALITY.id(), Org.SIS.id(), Org.REGION.id()));
            }
        });
        Org.OUTSIDER.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
        Org.OUTSIDER.to(Stack.PLAN).queryParam("personId", personId).get("/api/v1/plans").then()
                .statusCode(200).body("total", equalTo(0));

        await().atMost(EVENTUALLY).untilAsserted(() -> assertEquals(1,
                Events.ofType(Topics.PLAN, personRef, "se.sip.plan.created.v1").size()));
        assertNoPersonNumberOn(Topics.PLAN);
        Inbox.told(PARTIES, "se.sip.plan.created.v1", planLink());
        Inbox.nothingAbout(Org.OUTSIDER, planLink());
    }

    @Test
    @Order(3)
    void anOfficialsMeetingThenTheSipMeetingTwoToThreeMonthsIntoCareAreBookedAndEveryInviteeIsCalled() {
        assertTrue(!sipAt.toLocalDate().isBefore(lvmStartedOn.plusMonths(2))
                && !sipAt.toLocalDate().isAfter(lvmStartedOn.plusMonths(3)), "the SIP meeting is 2-3 months into care");
        // Each party's system subscribes to the meeting events at its own webhook endpoint.
        Map<String, String> secrets = new HashMap<>();
        for (Org party : PARTIES) {
            secrets.put(party.id(), party.asManager(Stack.NOTIFICATION)
                    .body("{\"callbackUrl\": \"%s\", \"eventTypes\": [\"se.sip.meeting.scheduled.v1\"]}"
                            .formatted(Stack.webhooks().callbackFor(party)))
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().<String>path("secret"));
        }
        officialsId = book("OFFICIALS", officialsAt);
        sipMeetingId = book("SIP", sipAt);

        Response sip = Org.MUNICIPALITY.to(Stack.MEETING).get("/api/v1/meetings/{id}", sipMeetingId).then()
                .statusCode(200).body("status", equalTo("SCHEDULED")).extract().response();
        // The two principals get a kallelse (obliged to attend), SiS, the individual and the sister an inbjudan.
        assertEquals("KALLELSE", noticeOf(sip, Org.MUNICIPALITY.id()));
        assertEquals("KALLELSE", noticeOf(sip, Org.REGION.id()));
        assertEquals("INBJUDAN", noticeOf(sip, Org.SIS.id()));
        assertEquals(List.of("INBJUDAN", "INBJUDAN"), sip.jsonPath().getList(
                "invitees.findAll { it.kind == 'INDIVIDUAL' || it.kind == 'RELATIVE' }.noticeKind"));

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (Org party : PARTIES) {
                party.to(Stack.MEETING).queryParam("planId", planId).get("/api/v1/meetings").then().statusCode(200)
                        .body("items.id", containsInAnyOrder(officialsId, sipMeetingId));
            }
        });
        Org.OUTSIDER.to(Stack.MEETING).get("/api/v1/meetings/{id}", sipMeetingId).then().statusCode(404);
        Org.OUTSIDER.to(Stack.MEETING).get("/api/v1/meetings/{id}/invitation.ics", sipMeetingId).then()
                .statusCode(404);

        // Every invited party's calendar takes the invitation.
        for (Org party : PARTIES) {
            String ics = party.to(Stack.MEETING).accept("text/calendar")
                    .get("/api/v1/meetings/{id}/invitation.ics", sipMeetingId).then().statusCode(200)
                    .extract().asString();
            assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("UID:" + sipMeetingId + "@sip"), ics);
        }

        await().atMost(EVENTUALLY).untilAsserted(() -> assertEquals(2,
                Events.ofType(Topics.MEETING, personRef, "se.sip.meeting.scheduled.v1").size()));
        assertNoPersonNumberOn(Topics.MEETING);
        // Every invited organisation finds both invitations in its inbox; the outsider nothing.
        Inbox.told(PARTIES, "se.sip.meeting.scheduled.v1", "/api/v1/meetings/" + officialsId);
        Inbox.told(PARTIES, "se.sip.meeting.scheduled.v1", "/api/v1/meetings/" + sipMeetingId);
        Inbox.nothingAbout(Org.OUTSIDER, "/api/v1/meetings/" + sipMeetingId);
        // Every party's endpoint receives the SIP meeting's CloudEvent, signed with its own secret.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (Org party : PARTIES) {
                WebhookReceiver.Delivery delivery = WebhookReceiver.deliveries().stream()
                        .filter(d -> d.orgId().equals(party.id()) && d.body().contains(sipMeetingId)).findFirst()
                        .orElseThrow(() -> new AssertionError("no webhook delivery to " + party.id()));
                assertTrue(delivery.signature().contains("v1," + sign(secrets.get(party.id()), delivery)),
                        "signed with " + party.id() + "'s secret");
                assertFalse(delivery.body().contains(personId.substring(2)), "no personal identity number");
            }
        });
        // Every invitee with an address gets an e-mail with the invitation as .ics (the sister too).
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (String address : List.of(Bodies.EMAIL.get(Org.MUNICIPALITY.id()), Bodies.EMAIL.get(Org.SIS.id()),
                    Bodies.EMAIL.get(Org.REGION.id()), Bodies.RELATIVE_EMAIL)) {
                assertTrue(MailCatcher.mails().stream().anyMatch(m -> m.recipients().contains(address)
                        && m.data().contains("text/calendar") && m.decoded().contains("UID:" + sipMeetingId + "@sip")),
                        "an invitation e-mail with the .ics to " + address);
            }
        });
        assertTrue(MailCatcher.mails().stream().noneMatch(m -> m.decoded().contains(personId.substring(2))
                || m.data().contains(personId.substring(2))), "no e-mail carries the personal identity number");
    }

    @Test
    @Order(4)
    void theMinutesAreSubmittedAndBothAdjustersApprove() {
        await("the SIP meeting starts").atMost(Duration.ofSeconds(60)).until(() -> OffsetDateTime.now().isAfter(sipAt));
        Response sip = Org.MUNICIPALITY.to(Stack.MEETING).get("/api/v1/meetings/{id}", sipMeetingId).then()
                .statusCode(200).extract().response();
        List<String> attendees = sip.jsonPath().getList("invitees.id", String.class);
        String municipalAdjuster = sip.jsonPath().getString("adjusters.find { it.orgId == '" + Org.MUNICIPALITY.id()
                + "' }.id");
        String regionalAdjuster = sip.jsonPath().getString("adjusters.find { it.orgId == '" + Org.REGION.id()
                + "' }.id");
        String minutes = """
                {"text": "Planering för vård och stöd efter LVM-vården gicks igenom.",
                 "decisions": ["Regionen erbjuder återfallsprevention efter utskrivningen.",
                               "Kommunen ansvarar för boendestöd; vuxenenheten är huvudansvarig."],
                 "attendees": [%s], "nextFollowUp": "%s"}""".formatted(
                attendees.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")),
                lvmStartedOn.plusMonths(5));

        // Only the note-taker's organisation submits; only an adjuster's own organisation answers for the adjuster.
        Org.REGION.to(Stack.MEETING).body(minutes).post("/api/v1/meetings/{id}/minutes", sipMeetingId).then()
                .statusCode(403);
        Org.MUNICIPALITY.to(Stack.MEETING).body(minutes).post("/api/v1/meetings/{id}/minutes", sipMeetingId).then()
                .statusCode(200).body("status", equalTo("HELD"));
        Org.SIS.to(Stack.MEETING).body(approval(regionalAdjuster))
                .post("/api/v1/meetings/{id}/minutes/approvals", sipMeetingId).then().statusCode(403);
        Org.MUNICIPALITY.to(Stack.MEETING).body(approval(municipalAdjuster))
                .post("/api/v1/meetings/{id}/minutes/approvals", sipMeetingId).then().statusCode(200);
        Org.REGION.to(Stack.MEETING).body(approval(regionalAdjuster))
                .post("/api/v1/meetings/{id}/minutes/approvals", sipMeetingId).then().statusCode(200);

        // Every party reads the approved minutes; the outsider cannot.
        for (Org party : PARTIES) {
            party.to(Stack.MEETING).get("/api/v1/meetings/{id}/minutes", sipMeetingId).then().statusCode(200)
                    .body("revisions.status", equalTo(List.of("APPROVED")))
                    .body("revisions[0].approvals.size()", equalTo(2));
        }
        Org.OUTSIDER.to(Stack.MEETING).get("/api/v1/meetings/{id}/minutes", sipMeetingId).then().statusCode(404);
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            assertEquals(1, Events.ofType(Topics.MEETING, personRef, "se.sip.meeting.held.v1").size());
            assertEquals(1, Events.ofType(Topics.MEETING, personRef, "se.sip.meeting.minutes-approved.v1").size());
        });
        assertNoPersonNumberOn(Topics.MEETING);

        // The approved minutes become the plan's first agreed version, with the follow-up they booked.
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.PLAN)
                .get("/api/v1/plans/{id}/versions", planId).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].version", equalTo(1))
                .body("items[0].meetingId", equalTo(sipMeetingId))
                .body("items[0].nextFollowUpOn", equalTo(lvmStartedOn.plusMonths(5).toString())));
        for (Org party : PARTIES) {
            party.to(Stack.PLAN).get("/api/v1/plans/{id}/versions/1", planId).then().statusCode(200)
                    .body("plan.id", equalTo(planId));
            party.to(Stack.PLAN).accept("text/html").queryParam("version", 1)
                    .get("/api/v1/plans/{id}/sip-document", planId).then().statusCode(200)
                    .contentType(containsString("text/html"));
        }
        Org.OUTSIDER.to(Stack.PLAN).get("/api/v1/plans/{id}/versions", planId).then().statusCode(404);
        Org.OUTSIDER.to(Stack.PLAN).accept("text/html").queryParam("version", 1)
                .get("/api/v1/plans/{id}/sip-document", planId).then().statusCode(404);
        Inbox.told(PARTIES, "se.sip.plan.version-agreed.v1", planLink() + "/versions/1");
    }

    @Test
    @Order(5)
    void careMovesToASection27PlacementAndEveryPartyIsTold() {
        Org.MUNICIPALITY.to(Stack.PLAN)
                .body("{\"type\": \"SECTION_27_PLACEMENT\", \"effectiveOn\": \"%s\", \"note\": \"Behandlingshem enligt 27 § LVM.\"}"
                        .formatted(Bodies.today()))
                .post("/api/v1/plans/{id}/placement-changes", planId).then().statusCode(201);

        // The event every party's system consumes names each of them.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<JsonNode> changed = Events.ofType(Topics.PLAN, personRef, "se.sip.plan.placement-changed.v1");
            assertEquals(1, changed.size());
            assertEquals("SECTION_27_PLACEMENT", changed.get(0).path("data").path("type").asText());
            assertTrue(changed.get(0).path("data").toString().contains(Org.SIS.id()));
            assertTrue(changed.get(0).path("data").toString().contains(Org.REGION.id()));
        });
        for (Org party : PARTIES) {
            party.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                    .body("placementChanges.type", equalTo(List.of("SECTION_27_PLACEMENT")));
        }
        Org.OUTSIDER.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
        Inbox.told(PARTIES, "se.sip.plan.placement-changed.v1", planLink());
        Inbox.nothingAbout(Org.OUTSIDER, planLink());
    }

    @Test
    @Order(6)
    void theWrittenScheduleHoldsEveryPartysBookedTimes() {
        LocalDate today = Bodies.today();
        addAction(Org.SIS, "SUBSTANCE_USE", "MOTIVATIONAL_INTERVIEWING", today.plusDays(1), today.plusMonths(3));
        addAction(Org.REGION, "SUBSTANCE_USE", "RELAPSE_PREVENTION", today.plusMonths(4), today.plusMonths(10));
        addAction(Org.MUNICIPALITY, "HOUSING", "HOUSING_SUPPORT", today.plusMonths(4), today.plusMonths(12));

        // Meetings reach the schedule through sip.meeting.v1; the individual's own schedule leaves out the
        // officials' meeting (booked before the SIP meeting, so taken in before it).
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.PLAN).accept("application/json")
                .get("/api/v1/plans/{id}/schedule", planId).then().statusCode(200)
                .body("items.uid", hasItem("meeting-" + sipMeetingId + "@sip"))
                .body("items.findAll { it.kind == 'ACTION' }.size()", equalTo(3)));

        for (Org party : PARTIES) {
            party.to(Stack.PLAN).accept("application/json").get("/api/v1/plans/{id}/schedule", planId).then()
                    .statusCode(200).body("items.size()", equalTo(4))
                    .body("items.uid", not(hasItem("meeting-" + officialsId + "@sip")))
                    .body("items.find { it.meetingId == '" + sipMeetingId + "' }.location",
                            equalTo("Stadshuset, rum 3"))
                    .body("items.find { it.meetingId == '" + sipMeetingId + "' }.organisations",
                            hasItem(Org.REGION.name()))
                    // Held at step 4, the SIP meeting is behind the individual; the actions are still to come.
                    .body("past.uid", hasItem("meeting-" + sipMeetingId + "@sip"))
                    .body("upcoming.findAll { it.kind == 'ACTION' }.size()", equalTo(3));
            String ics = party.to(Stack.PLAN).accept("text/calendar").get("/api/v1/plans/{id}/schedule", planId)
                    .then().statusCode(200).extract().asString();
            assertTrue(ics.contains("UID:meeting-" + sipMeetingId + "@sip"), ics);
            assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:"
                    + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(sipAt)), ics);
            String page = party.to(Stack.PLAN).accept("text/html").get("/api/v1/plans/{id}/schedule", planId)
                    .then().statusCode(200).extract().asString();
            assertTrue(page.contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))
                    .format(sipAt) + " kl. " + DateTimeFormatter.ofPattern("HH.mm").format(sipAt)), page);
            assertFalse(page.contains(personId.substring(2, 8)), "no personal identity number on the page");
        }
        Org.OUTSIDER.to(Stack.PLAN).accept("application/json").get("/api/v1/plans/{id}/schedule", planId).then()
                .statusCode(404);
    }

    @Test
    @Order(7)
    void theExpectedDischargeNearsUnplannedTheLeadIsToldAndWhenItSlipsTheDateIsMoved() {
        LocalDate expected = lvmStartedOn.plusMonths(6);
        String planning = "DISCHARGE_PLANNING-" + expected;
        Milestones.statusIs(Org.MUNICIPALITY, planId, planning, "UPCOMING");
        try {
            // Two weeks before the expected discharge, no planning meeting booked in the four weeks before it.
            Stack.moveClockDays(ChronoUnit.DAYS.between(Bodies.today(), expected.minusWeeks(2)));
            Milestones.leadToldOnce(personRef, planId, Org.MUNICIPALITY, EventTypes.FOLLOW_UP_DUE,
                    "DISCHARGE_PLANNING", List.of(Org.REGION, Org.SIS));
            Milestones.statusIs(Org.REGION, planId, planning, "DUE");

            // The expected day passes and no discharge is recorded: it is to be confirmed, not silently waited for.
            Stack.moveClockDays(ChronoUnit.DAYS.between(Bodies.today(), expected.plusDays(1)));
            Milestones.statusIs(Org.MUNICIPALITY, planId, "DISCHARGE_UNCONFIRMED-" + expected, "DUE");

            // The discharge slips three weeks: the lead moves the expected date, and the rules follow it.
            LocalDate slipped = expected.plusWeeks(3);
            String etag = Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                    .extract().header("ETag");
            Org.MUNICIPALITY.to(Stack.PLAN).contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(("{\"careEpisode\": {\"expectedDischargeOn\": \"" + slipped + "\"}}")
                            .getBytes(StandardCharsets.UTF_8))
                    .patch("/api/v1/plans/{id}", planId).then().statusCode(200)
                    .body("careEpisode.expectedDischargeOn", equalTo(slipped.toString()));
            Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}/milestones", planId).then().statusCode(200)
                    .body("milestones.id", not(hasItem("DISCHARGE_UNCONFIRMED-" + expected)))
                    .body("milestones.find { it.id == 'DISCHARGE_PLANNING-" + slipped + "' }.status",
                            equalTo("DUE"));
            await().atMost(EVENTUALLY).untilAsserted(() -> assertTrue(Events.ofType(Topics.PLAN, personRef,
                    EventTypes.PLAN_CHANGED).stream().anyMatch(e -> e.path("data").path("parts").toString()
                            .contains("careEpisode.expectedDischargeOn"))));
        } finally {
            Stack.moveClock(Duration.ZERO);
        }
    }

    @Test
    @Order(8)
    void afterTheDischargeSisIsNoLongerAPartyAndLosesAccess() {
        Org.MUNICIPALITY.to(Stack.PLAN)
                .body("{\"type\": \"DISCHARGED\", \"effectiveOn\": \"%s\"}".formatted(Bodies.today()))
                .post("/api/v1/plans/{id}/placement-changes", planId).then().statusCode(201)
                .body("parties.orgId", not(hasItem(Org.SIS.id())));

        Org.SIS.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
        Org.SIS.to(Stack.PLAN).accept("application/json").get("/api/v1/plans/{id}/schedule", planId).then()
                .statusCode(404);
        for (Org party : List.of(Org.MUNICIPALITY, Org.REGION)) {
            party.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                    .body("placementChanges.type", equalTo(List.of("SECTION_27_PLACEMENT", "DISCHARGED")));
        }
        // meeting-service learns the new parties from sip.plan.v1: SiS no longer sees the meetings.
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.SIS.to(Stack.MEETING)
                .get("/api/v1/meetings/{id}", sipMeetingId).then().statusCode(404));
        Org.REGION.to(Stack.MEETING).get("/api/v1/meetings/{id}", sipMeetingId).then().statusCode(200);
        // The follow-up 2-3 months after the discharge is booked without SiS.
        String followUpId = Org.MUNICIPALITY.to(Stack.MEETING).body(Bodies.meeting(planId, personId, "FOLLOW_UP",
                Bodies.at(70, 10), List.of(Org.MUNICIPALITY, Org.REGION))).post("/api/v1/meetings").then()
                .statusCode(201).extract().path("id");
        Inbox.told(List.of(Org.MUNICIPALITY, Org.REGION), "se.sip.meeting.scheduled.v1", "/api/v1/meetings/" + followUpId);
        Org.SIS.to(Stack.MEETING).get("/api/v1/meetings/{id}", followUpId).then().statusCode(404);
        Inbox.notTold(Org.SIS, "se.sip.meeting.scheduled.v1", "/api/v1/meetings/" + followUpId);
        // SiS is told of the discharge that removes it, with the others (two placement changes by now).
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            for (Org party : PARTIES) {
                party.to(Stack.NOTIFICATION).queryParam("size", 200).get("/api/v1/notifications").then()
                        .statusCode(200).body("items.findAll { it.eventType == 'se.sip.plan.placement-changed.v1'"
                                + " && it.link == '" + planLink() + "' }.size()", equalTo(2));
            }
        });

        // SiS leaving is an event of its own, which any partner's plain Kafka consumer sees, and SiS is told.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<JsonNode> removed = Events.ofType(Topics.PLAN, personRef, EventTypes.PLAN_PARTY_REMOVED);
            assertEquals(1, removed.size());
            assertEquals(Org.SIS.id(), removed.get(0).path("data").path("orgId").asText());
            assertEquals("DISCHARGED", removed.get(0).path("data").path("cause").asText());
        });
        Inbox.told(List.of(Org.SIS), EventTypes.PLAN_PARTY_REMOVED, planLink());
        Inbox.notTold(Org.REGION, EventTypes.PLAN_PARTY_REMOVED, planLink());

        // The follow-up after the discharge is now tracked: 2-3 months on.
        Org.MUNICIPALITY.to(Stack.PLAN).get("/api/v1/plans/{id}/milestones", planId).then().statusCode(200)
                .body("milestones.find { it.kind == 'FOLLOW_UP_AFTER_DISCHARGE' }.dueFrom",
                        equalTo(Bodies.today().plusMonths(2).toString()))
                .body("milestones.find { it.kind == 'FOLLOW_UP_AFTER_DISCHARGE' }.status", equalTo("UPCOMING"));
    }

    @Test
    @Order(9)
    void aHousingProviderTheNewConsentNamesJoinsSeesThePlanAndIsInvitedAtOnce() {
        Org.MUNICIPALITY.to(Stack.CONSENT)
                .body(Bodies.sharingConsent(personId, null, Org.MUNICIPALITY, Org.REGION, Org.HOUSING))
                .post("/api/v1/consents").then().statusCode(201);
        Org.MUNICIPALITY.to(Stack.PLAN).body(Bodies.party(Org.HOUSING))
                .post("/api/v1/plans/{id}/parties", planId).then().statusCode(200)
                .body("parties.orgId", containsInAnyOrder(Org.MUNICIPALITY.id(), Org.REGION.id(), Org.HOUSING.id()));

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            List<JsonNode> added = Events.ofType(Topics.PLAN, personRef, EventTypes.PLAN_PARTY_ADDED);
            assertEquals(1, added.size());
            assertEquals(Org.HOUSING.id(), added.get(0).path("data").path("orgId").asText());
        });
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.HOUSING.to(Stack.PLAN)
                .get("/api/v1/plans/{id}", planId).then().statusCode(200));
        Inbox.told(List.of(Org.HOUSING), EventTypes.PLAN_PARTY_ADDED, planLink());
        Inbox.notTold(Org.REGION, EventTypes.PLAN_PARTY_ADDED, planLink());

        // meeting-service learns the new party from sip.plan.v1, so the housing provider can be invited.
        List<Org> invited = List.of(Org.MUNICIPALITY, Org.REGION, Org.HOUSING);
        String meetingId = await().atMost(EVENTUALLY).until(() -> Org.MUNICIPALITY.to(Stack.MEETING)
                .body(Bodies.meeting(planId, personId, "FOLLOW_UP", Bodies.at(80, 10), invited))
                .post("/api/v1/meetings").then().extract().path("id"), java.util.Objects::nonNull);
        Inbox.told(List.of(Org.HOUSING), EventTypes.MEETING_SCHEDULED, "/api/v1/meetings/" + meetingId);
        assertNoPersonNumberOn(Topics.PLAN);
    }

    @Test
    @Order(10)
    void theFollowUpAfterTheDischargeComesDueTheLeadIsToldAndMissedItIsOverdue() {
        LocalDate discharged = Bodies.today();
        try {
            // A day into the window two to three months after the discharge.
            Stack.moveClockDays(ChronoUnit.DAYS.between(discharged, discharged.plusMonths(2)) + 1);
            Milestones.leadToldOnce(personRef, planId, Org.MUNICIPALITY, EventTypes.FOLLOW_UP_DUE,
                    "FOLLOW_UP_AFTER_DISCHARGE", List.of(Org.REGION, Org.SIS));
            Milestones.statusIs(Org.REGION, planId, "FOLLOW_UP_AFTER_DISCHARGE", "DUE");

            // The follow-up booked 70 days after the discharge is never held: the day after the window it is missed.
            Stack.moveClockDays(ChronoUnit.DAYS.between(discharged, discharged.plusMonths(3)) + 1);
            Milestones.leadToldOnce(personRef, planId, Org.MUNICIPALITY, EventTypes.MILESTONE_OVERDUE,
                    "FOLLOW_UP_AFTER_DISCHARGE", List.of(Org.REGION, Org.SIS));
            Milestones.statusIs(Org.REGION, planId, "FOLLOW_UP_AFTER_DISCHARGE", "OVERDUE");
        } finally {
            Stack.moveClock(Duration.ZERO);
        }
    }

    @Test
    @Order(11)
    void thePlanIsClosedWithGoalsMet() {
        Org.MUNICIPALITY.to(Stack.PLAN).body("{\"reason\": \"GOALS_MET\", \"note\": \"Avslutas vid uppföljningen.\"}")
                .post("/api/v1/plans/{id}/closure", planId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closure.reason", equalTo("GOALS_MET"));

        Org.REGION.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        Org.SIS.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
        Org.OUTSIDER.to(Stack.PLAN).get("/api/v1/plans/{id}", planId).then().statusCode(404);
        // A closed plan takes no changes, and meeting-service books nothing more for it once it has heard.
        Org.MUNICIPALITY.to(Stack.PLAN)
                .body(Bodies.action("HOUSING", "HOUSING_SUPPORT", Org.MUNICIPALITY, Bodies.today(), Bodies.today()))
                .post("/api/v1/plans/{id}/actions", planId).then().statusCode(409);
        await().atMost(EVENTUALLY).untilAsserted(() -> Org.MUNICIPALITY.to(Stack.MEETING)
                .body(Bodies.meeting(planId, personId, "FOLLOW_UP", Bodies.at(60, 10)))
                .post("/api/v1/meetings").then().statusCode(422)
                .body("detail", containsString("not ACTIVE")));

        await().atMost(EVENTUALLY).untilAsserted(() -> assertEquals(1,
                Events.ofType(Topics.PLAN, personRef, "se.sip.plan.closed.v1").size()));
        assertNoPersonNumberOn(Topics.PLAN);
        // The remaining parties are told; SiS, no party since the discharge, is not.
        Inbox.told(List.of(Org.MUNICIPALITY, Org.REGION), "se.sip.plan.closed.v1", planLink());
        Inbox.notTold(Org.SIS, "se.sip.plan.closed.v1", planLink());
        Inbox.nothingAbout(Org.OUTSIDER, planLink());
    }

    private String planLink() {
        return "/api/v1/plans/" + planId;
    }

    private String book(String type, OffsetDateTime startsAt) {
        return Stories.book(1, Bodies.meeting(planId, personId, type, startsAt));
    }

    private void addAction(Org responsible, String area, String intervention, LocalDate startOn, LocalDate dueOn) {
        responsible.to(Stack.PLAN).body(Bodies.action(area, intervention, responsible, startOn, dueOn))
                .post("/api/v1/plans/{id}/actions", planId).then().statusCode(201);
    }

    /** Standard Webhooks: base64 HMAC-SHA256 of "id.timestamp.body", keyed with the secret after "whsec_". */
    private static String sign(String secret, WebhookReceiver.Delivery d) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((d.id() + "." + d.timestamp() + "." + d.body())
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String approval(String adjusterId) {
        return "{\"adjusterId\": \"" + adjusterId + "\", \"approved\": true}";
    }

    /** Asked as plan-service asks, with its own token. */
    private Response decision(Org org, String purpose) {
        return RestAssured.given().baseUri(Stack.url(Stack.CONSENT))
                .header("Authorization", Tokens.service("plan-service")).contentType(ContentType.JSON)
                .body(Map.of("personId", personId, "purpose", purpose, "orgIds", List.of(org.id())))
                .post("/api/v1/consent-decisions/search");
    }

    private static String noticeOf(Response meeting, String orgId) {
        return meeting.jsonPath().getString("invitees.find { it.orgId == '" + orgId + "' }.noticeKind");
    }

    private void assertNoPersonNumberOn(String topic) {
        for (String event : Events.rawOf(topic, personRef)) {
            assertFalse(event.contains(personId) || event.contains(personId.substring(2)), "a personal identity"
                    + " number on " + topic + ": " + event);
        }
    }
}
