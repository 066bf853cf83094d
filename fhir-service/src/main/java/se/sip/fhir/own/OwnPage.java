package se.sip.fhir.own;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The person's own page ({@code templates/own/own-page.html}), in plain Swedish: their plans with their own goal
 * first and who does what, each plan's timeline, their consents and what these do not cover, and who else has read
 * their data ({@code ownReads} counts the person's own reads, which the page does not list). The words are put here;
 * the template lays them out and escapes them. It never shows the personal identity number, nor a staff member's user
 * id.
 */
@CheckedTemplate(basePath = "own", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record OwnPage(String today, List<PlanPart> plans, List<ConsentPart> consents, List<AccessRow> accesses,
        int ownReads) implements TemplateInstance {

    /** One plan: {@code goal} is the person's own, in their words; {@code goals} the plan's per life area. */
    record PlanPart(String heading, String status, String goal, String lead, List<String> goals, List<Task> tasks,
            List<Meeting> meetings, Timeline timeline) {
    }

    /** Who does what, and when. */
    record Task(String what, String who, String when, String status) {
    }

    record Meeting(String when, String title, String where, String status) {
    }

    record ConsentPart(String status, String purposes, String parties, String validity, String restrictions) {
    }

    /** Another's access, as the extract words it: {@code who} the organisation, by the name the person knows. */
    record AccessRow(String when, String who, String roles, String what, String action, String outcome) {
    }
}
