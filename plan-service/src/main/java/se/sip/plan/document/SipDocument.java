package se.sip.plan.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

import se.sip.plan.plan.ChildRules;
import se.sip.plan.plan.PlanAction;
import se.sip.plan.version.PlanSnapshot;
import se.sip.platform.consent.ConsentTerms;

/**
 * A plan written out as a SIP document ({@code templates/document/sip-document.html}), in the order of the regional
 * SIP template (docs/domain.md, "What a SIP document holds"): one HTML page with its CSS inline, readable on a phone
 * and printable, every text escaped by the template. What the plan does not hold (the person's name and address, who
 * attended, the next meeting) is left as lines to fill in by hand, as on the paper form. A plan that misses any of the
 * four legal points says so first.
 *
 * @param missing the legal points the plan does not meet
 * @param child whether the person is under 18 on the document's date: the child's own view has its place then
 * @param personNumber YYYYMMDD-NNNN, as the number is written on paper; null for the person themselves, who knows it
 *        (a line to fill in, as their name and address)
 * @param described the life areas with a current situation or goals
 * @param responsible the name to print for an organisation an action or a measure names, and for the person
 * @param goals the plan's goals by id
 * @param otherMeasures the measures others take; none for a version stored before plans had them
 */
@CheckedTemplate(basePath = "document", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record SipDocument(PlanSnapshot plan, Heading heading, ConsentTerms consent, Attendance attendance,
        List<LegalMinimum.Point> missing, boolean child,
        String personNumber, List<PlanSnapshot.Area> described, Map<String, String> responsible,
        Map<UUID, PlanSnapshot.Goal> goals, List<PlanSnapshot.OtherMeasure> otherMeasures)
        implements TemplateInstance {

    /**
     * Which document this is: a new plan or a follow-up (an agreed version), or the current plan; its date; and the
     * next follow-up when the approved minutes named one.
     */
    record Heading(String title, LocalDate date, String note, LocalDate nextFollowUpOn) {
    }

    /** {@code meeting} is null when no meeting is held yet: the attendance lines are left to fill in. */
    /**
     * Who attended the meeting the document comes from, as the page words it: {@code byOrg} "Ja" or "Nej" per party
     * organisation and {@code individual} for the individual when the minutes tell ({@code known}), otherwise empty
     * and boxes to tick; {@code unavailable} when a held meeting's attendance could not be read.
     */
    record Attendance(boolean known, boolean unavailable, Map<String, String> byOrg, String individual,
            List<String> others, String absenceReason, MeetingAccount.Wishes wishes) {

        static final String BOXES = "☐ ja ☐ nej";

        static Attendance of(MeetingAccount meeting, List<PlanSnapshot.Party> parties) {
            if (meeting == null || !meeting.available()) {
                return new Attendance(false, meeting != null, Map.of(), BOXES, List.of(), null, null);
            }
            Map<String, String> byOrg = new HashMap<>();
            parties.forEach(p -> byOrg.put(p.orgId(), meeting.attended(p.orgId()) ? "Ja" : "Nej"));
            return new Attendance(true, false, byOrg, meeting.individualAttended() ? "Ja" : "Nej",
                    meeting.otherAttendees(), meeting.absenceReason(), meeting.wishes());
        }
    }

    /**
     * {@code personId}: the plan's, read now (a snapshot holds the person by personRef only); printed only when
     * {@code printNumber}.
     */
    static SipDocument of(PlanSnapshot plan, String personId, boolean printNumber, Heading heading,
            ConsentTerms consent, MeetingAccount meeting) {
        Map<String, String> responsible = new HashMap<>();
        plan.parties().forEach(p -> responsible.putIfAbsent(p.orgId(), p.name()));
        responsible.put(PlanAction.INDIVIDUAL, "Den enskilde själv");
        return new SipDocument(plan, heading, consent, Attendance.of(meeting, plan.parties()),
                LegalMinimum.check(plan).stream().filter(p -> !p.met()).toList(),
                ChildRules.isChild(personId, heading.date()),
                printNumber ? personId.substring(0, 8) + "-" + personId.substring(8) : null,
                plan.lifeAreas().stream().filter(a -> a.currentSituation() != null || !a.goals().isEmpty()).toList(),
                responsible,
                plan.lifeAreas().stream().flatMap(a -> a.goals().stream())
                        .collect(Collectors.toMap(PlanSnapshot.Goal::id, Function.identity(), (a, b) -> a)),
                plan.otherMeasuresOrNone());
    }

    /** A text's lines, which the document breaks with {@code <br>}. */
    @TemplateExtension
    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
