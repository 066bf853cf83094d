package se.sip.notification.routing;

import java.time.LocalDate;
import java.util.Set;

import se.sip.platform.events.MinutesEventData;

/**
 * The notices about a meeting's minutes (arbetsanteckningar) on their way through the two adjusters (justerare):
 * submitted to them, their answer due tomorrow, sent back to the note-taker. Each names the meeting by its kind and
 * time and links to the minutes ({@code GET /api/v1/meetings/{id}/minutes}); the minutes' text, and an adjuster's
 * comment, are read there.
 */
final class MinutesNotices {

    /** Each adjuster's organisation, whose adjuster answers (approves or comments) by {@code answerBy}. */
    Notice submitted(MinutesEventData d) {
        return new Notice(OrgIds.union(d.adjusterOrgIds(), Set.of()), link(d),
                "Arbetsanteckningarna från " + meetingSv(d) + " väntar på er justerares svar" + bySv(d.answerBy())
                        + ".",
                "The minutes of the " + meetingEn(d) + " await your adjuster's answer" + byEn(d.answerBy()) + ".");
    }

    /** The organisations whose adjuster has not answered yet (the event names only those), the day before the last. */
    Notice answerDue(MinutesEventData d) {
        return new Notice(OrgIds.union(d.adjusterOrgIds(), Set.of()), link(d),
                "Påminnelse: er justerare har inte svarat på arbetsanteckningarna från " + meetingSv(d) + ". Svaret"
                        + " ska lämnas" + bySv(d.answerBy()) + ".",
                "Reminder: your adjuster has not answered the minutes of the " + meetingEn(d) + ". The answer is due"
                        + byEn(d.answerBy()) + ".");
    }

    /** The note-taker's organisation, which corrects the minutes and submits them again; the comment is at the link. */
    Notice returned(MinutesEventData d) {
        String bySv = d.returnedByOrgId() == null ? "en justerare" : "justeraren från " + d.returnedByOrgId();
        String byEn = d.returnedByOrgId() == null ? "an adjuster" : "the adjuster from " + d.returnedByOrgId();
        return new Notice(OrgIds.only(d.noteTakerOrgId()), link(d),
                "Arbetsanteckningarna från " + meetingSv(d) + " har skickats tillbaka av " + bySv + ". Rätta dem och"
                        + " skicka in dem igen; kommentaren finns under länken.",
                "The minutes of the " + meetingEn(d) + " were sent back by " + byEn + ". Correct them and submit"
                        + " them again; the comment is at the link.");
    }

    private static String link(MinutesEventData d) {
        return "/api/v1/meetings/" + d.meetingId() + "/minutes";
    }

    private static String meetingSv(MinutesEventData d) {
        return MeetingKinds.swedish(d.meetingType()) + at(d, " ");
    }

    private static String meetingEn(MinutesEventData d) {
        return MeetingKinds.english(d.meetingType()) + at(d, " on ");
    }

    private static String at(MinutesEventData d, String preposition) {
        return d.meetingStartsAt() == null ? "" : preposition + MeetingNotices.when(d.meetingStartsAt());
    }

    private static String bySv(LocalDate answerBy) {
        return answerBy == null ? "" : " senast " + answerBy;
    }

    private static String byEn(LocalDate answerBy) {
        return answerBy == null ? "" : " by " + answerBy;
    }
}
