package se.sip.plan.schedule;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import se.sip.platform.consent.ConsentTerms;
import se.sip.platform.time.ClockProducer;

/**
 * The schedule as a printable page in plain Swedish ({@code templates/schedule/printable-schedule.html}): the paper
 * the individual is handed at the follow-up, readable on a phone and on paper. It names no person: the plan holds the
 * personal identity number, and it is never written here. The words are put here; the template lays them out and
 * escapes them.
 *
 * @param contacts each party, with how to reach it when it said
 */
@CheckedTemplate(basePath = "schedule", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record PrintableSchedule(String leadName, ConsentTerms consent, List<Entry> upcoming, List<Entry> past,
        List<String> contacts, String printedOn) implements TemplateInstance {

    /**
     * One booked item as the page words it; {@code who} is an action's responsible party, {@code where} and
     * {@code coming} a meeting's place (or link) and the organisations invited.
     */
    record Entry(String when, String title, String what, String where, String coming, String who, String status) {
    }

    static PrintableSchedule of(Schedule s) {
        return new PrintableSchedule(s.leadName(), s.consent(), s.upcoming().stream().map(PrintableSchedule::entry)
                .toList(), s.past().stream().map(PrintableSchedule::entry).toList(),
                s.contacts().stream().map(c -> c.contact() == null || c.contact().isBlank() ? c.name()
                        : c.name() + ": " + c.contact()).toList(),
                SwedishText.day(LocalDate.ofInstant(s.generatedAt(), ClockProducer.SWEDEN)));
    }

    private static Entry entry(ScheduleItem item) {
        String status = SwedishText.status(item.status());
        if (item.isMeeting()) {
            String where = item.location() != null ? "Plats: " + item.location()
                    : item.videoLink() != null ? "Länk: " + item.videoLink() : null;
            String coming = item.organisations() == null || item.organisations().isEmpty() ? null
                    : "Inbjudna: " + String.join(", ", item.organisations());
            return new Entry(SwedishText.when(item.startsAt(), item.endsAt()), item.title(),
                    SwedishText.format(item.format()), where, coming, null, status);
        }
        String when = item.startOn() != null
                ? "Från " + SwedishText.day(item.startOn()) + " till " + SwedishText.day(item.dueOn())
                : "Senast " + SwedishText.day(item.dueOn());
        return new Entry(when, item.title(), item.description(), null, null, item.responsibleName(), status);
    }
}
