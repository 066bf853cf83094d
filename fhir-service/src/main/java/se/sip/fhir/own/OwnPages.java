package se.sip.fhir.own;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;

import se.sip.fhir.own.OwnPage.AccessRow;
import se.sip.fhir.own.OwnPage.ConsentPart;
import se.sip.fhir.own.OwnPage.Meeting;
import se.sip.fhir.own.OwnPage.PlanPart;
import se.sip.fhir.own.OwnPage.Task;
import se.sip.fhir.upstream.Upstream;
import se.sip.fhir.upstream.Upstream.Own;

/**
 * Gathers the person's page from the services with their own token: plan-service's plans, schedules and milestones,
 * consent-service's consents, and the four access logs. Each service lets the token read only the person's own data.
 */
@Singleton
class OwnPages {

    /** What the person calls our own services, when one of them read their data to do its work. */
    static final String SERVICES_NAME = "Tjänsten själv (automatiskt)";

    private final Upstream upstream;
    private final OwnAccesses accesses;

    private final String servicesOrg;

    /** {@code servicesOrg}: the organisation our own services' tokens name, as the platform's setting of that name. */
    OwnPages(Upstream upstream, OwnAccesses accesses,
            @ConfigProperty(name = "sip.service-token.org", defaultValue = "sip-platform") String servicesOrg) {
        this.upstream = upstream;
        this.accesses = accesses;
        this.servicesOrg = servicesOrg;
    }

    OwnPage of(String authorization) {
        List<JsonNode> ownPlans = upstream.own(Own.PLANS, authorization);
        List<JsonNode> ownConsents = upstream.own(Own.CONSENTS, authorization);
        // The logs name organisations by id; the person knows them by the names their plans and consents give.
        Map<String, String> names = new HashMap<>(Map.of(servicesOrg, SERVICES_NAME));
        Stream.concat(ownPlans.stream(), ownConsents.stream()).forEach(record -> record.path("parties")
                .forEach(party -> names.putIfAbsent(party.path("orgId").asText(), party.path("name").asText())));
        List<PlanPart> plans = ownPlans.stream().map(plan -> plan(plan, authorization)).toList();
        List<ConsentPart> consents = ownConsents.stream().map(OwnPages::consent).toList();
        // The person's own reads stay in the JSON extract; on the page they would bury the others', one page view
        // alone making a dozen of them.
        List<OwnAccess> all = accesses.of(authorization);
        List<AccessRow> rows = all.stream().filter(a -> !a.byYou()).map(a -> row(a, names)).toList();
        return new OwnPage(Swedish.day(LocalDate.now(Swedish.SWEDEN)), plans, consents, rows, all.size() - rows.size());
    }

    private PlanPart plan(JsonNode plan, String authorization) {
        String id = plan.path("id").asText();
        JsonNode schedule = upstream.planPart(id, "schedule", authorization);
        JsonNode milestones = upstream.planPart(id, "milestones", authorization);
        List<String> goals = new ArrayList<>();
        plan.path("lifeAreas").forEach(area -> area.path("goals").forEach(goal -> goals.add(
                Swedish.word(area.path("area").asText()) + ": " + goal.path("text").asText()
                        + (goal.hasNonNull("targetDate")
                                ? " (senast " + Swedish.day(LocalDate.parse(goal.path("targetDate").asText())) + ")"
                                : ""))));
        List<Task> tasks = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<Timeline.Point> points = new ArrayList<>();
        schedule.path("items").forEach(item -> {
            if ("MEETING".equals(item.path("kind").asText())) {
                OffsetDateTime starts = OffsetDateTime.parse(item.path("startsAt").asText());
                points.add(new Timeline.Point(starts.atZoneSameInstant(Swedish.SWEDEN).toLocalDate(), "meeting",
                        item.path("title").asText(), Swedish.word(item.path("status").asText())));
            } else {
                tasks.add(task(item));
            }
        });
        schedule.path("upcoming").forEach(item -> {
            if ("MEETING".equals(item.path("kind").asText())) {
                meetings.add(meeting(item));
            }
        });
        milestones.path("milestones").forEach(m -> points.add(new Timeline.Point(
                LocalDate.parse(m.path("dueBy").asText()), "milestone", Swedish.word(m.path("kind").asText()),
                Swedish.word(m.path("status").asText()))));
        LocalDate asOf = milestones.hasNonNull("asOf") ? LocalDate.parse(milestones.path("asOf").asText())
                : LocalDate.now(Swedish.SWEDEN);
        return new PlanPart(Swedish.word(plan.path("kind").asText()), Swedish.word(plan.path("status").asText()),
                plan.path("individualGoal").asText(null), plan.path("lead").path("name").asText(null), goals, tasks,
                meetings, Timeline.of("tidslinje-" + id, points, asOf));
    }

    private static Task task(JsonNode item) {
        String when = item.hasNonNull("startOn")
                ? "Från " + day(item, "startOn") + " till " + day(item, "dueOn")
                : item.hasNonNull("dueOn") ? "Senast " + day(item, "dueOn") : "";
        String what = item.path("title").asText() + (item.hasNonNull("description")
                ? ": " + item.path("description").asText() : "");
        return new Task(what, item.path("responsibleName").asText(""), when,
                Swedish.word(item.path("status").asText()));
    }

    private static Meeting meeting(JsonNode item) {
        String where = item.hasNonNull("location") ? item.path("location").asText()
                : item.hasNonNull("videoLink") ? "Digitalt möte, länken finns i kallelsen" : "Se kallelsen";
        return new Meeting(Swedish.moment(OffsetDateTime.parse(item.path("startsAt").asText()).toInstant()),
                item.path("title").asText(), where, Swedish.word(item.path("status").asText()));
    }

    private static ConsentPart consent(JsonNode consent) {
        String purposes = String.join(", ", StreamSupport.stream(consent.path("purposes").spliterator(), false)
                .map(p -> Swedish.word(p.asText())).toList());
        String parties = String.join(", ", StreamSupport.stream(consent.path("parties").spliterator(), false)
                .map(p -> p.path("name").asText(p.path("orgId").asText())).toList());
        String validity = "Från " + day(consent, "validFrom")
                + (consent.hasNonNull("validUntil") ? " till och med " + day(consent, "validUntil") : "");
        String status = consent.path("status").asText();
        // A plan's ACTIVE is "Pågår"; a consent in force "Gäller".
        String shown = "DECLINED".equals(consent.path("decision").asText()) ? Swedish.word("DECLINED")
                : "ACTIVE".equals(status) ? "Gäller" : Swedish.word(status);
        return new ConsentPart(shown, purposes, parties, validity,
                consent.path("restrictions").asText(null));
    }

    private static AccessRow row(OwnAccess a, Map<String, String> names) {
        return new AccessRow(Swedish.moment(a.at()), names.getOrDefault(a.org(), a.org()), Swedish.words(a.roles()),
                Swedish.word(a.resourceType()), Swedish.word(a.action()), Swedish.word(a.outcome()));
    }

    private static String day(JsonNode node, String field) {
        return Swedish.day(LocalDate.parse(node.path(field).asText()));
    }
}
