package se.sip.e2e;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The request bodies of the story, as a municipality's journal system would send them. */
final class Bodies {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final String RELATIVE = "Anna Andersson";

    private Bodies() {
    }

    static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    /** A time in Swedish local time, {@code days} from today. */
    static OffsetDateTime at(int days, int hour) {
        return today().plusDays(days).atTime(LocalTime.of(hour, 0)).atZone(SWEDEN).toOffsetDateTime();
    }

    /** The individual's consent: convene, documentation, sharing with the named parties, and the sister invited. */
    static String consent(String personId) {
        return """
                {"personId": "%s", "decision": "GRANTED", "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN",
                 "purposes": ["CONVENE_MEETING", "OBTAIN_DOCUMENTATION", "SHARE_INFORMATION", "INVITE_RELATIVES"],
                 "parties": [%s, %s, %s],
                 "relatives": [{"name": "%s", "relation": "sister", "email": "anna@example.org"}],
                 "validFrom": "%s", "journalRef": "E2E-%s"}""".formatted(personId, Org.MUNICIPALITY.party(),
                Org.SIS.party(), Org.REGION.party(), RELATIVE, today(), personId.substring(8));
    }

    /** An LVM-aftercare plan led by the municipality, with SiS and the region; care began two months ago. */
    static String lvmAftercarePlan(String personId, LocalDate lvmStartedOn) {
        return """
                {"personId": "%s", "kind": "LVM_AFTERCARE",
                 "lead": {"orgId": "%s", "name": "%s"},
                 "parties": [%s, %s, %s],
                 "careEpisode": {"lvmStartedOn": "%s", "institution": "%s", "expectedDischargeOn": "%s"},
                 "individualGoal": "Jag vill ha en egen lägenhet och ett jobb, och hålla mig drogfri.",
                 "needs": "Boende, beroendevård efter utskrivningen och stöd tillbaka till arbete."}"""
                .formatted(personId, Org.MUNICIPALITY.id(), Org.MUNICIPALITY.name(), Org.MUNICIPALITY.party(),
                        Org.SIS.party(), Org.REGION.party(), lvmStartedOn, Org.SIS.name(), lvmStartedOn.plusMonths(6));
    }

    /**
     * A meeting of the plan, booked by the municipality: the individual and SiS are invited whatever the
     * constellation, the region for a SIP meeting (with the relative the consent names).
     */
    static String meeting(String planId, String personId, String type, OffsetDateTime startsAt) {
        boolean sip = "SIP".equals(type);
        String invitees = String.join(", ",
                "{\"kind\": \"INDIVIDUAL\", \"name\": \"Den enskilde\"}",
                invitee(Org.MUNICIPALITY, "vuxenenheten@motala.example.se"),
                invitee(Org.SIS, "lvm-hem@sis.example.se"),
                invitee(Org.REGION, "beroende@region.example.se"));
        if (sip) {
            invitees += ", {\"kind\": \"RELATIVE\", \"name\": \"" + RELATIVE + "\", \"email\": \"anna@example.org\"}";
        }
        return """
                {"planId": "%s", "personId": "%s", "type": "%s", "startsAt": "%s", "durationMinutes": 90,
                 "format": "PHYSICAL", "location": "Stadshuset, rum 3", "invitees": [%s],
                 "chair": "Karin Lund", "noteTaker": "Per Ek", "noteTakerOrgId": "%s",
                 "adjusters": [{"name": "Karin Lund", "orgId": "%s"}, {"name": "Eva Holm", "orgId": "%s"}]}"""
                .formatted(planId, personId, type, startsAt, invitees, Org.MUNICIPALITY.id(), Org.MUNICIPALITY.id(),
                        Org.REGION.id());
    }

    static String action(String lifeArea, String intervention, Org responsible, LocalDate startOn, LocalDate dueOn) {
        return """
                {"lifeArea": "%s", "intervention": "%s", "description": "%s hos %s.", "responsibleOrgId": "%s",
                 "startOn": "%s", "dueOn": "%s", "status": "PLANNED"}"""
                .formatted(lifeArea, intervention, intervention, responsible.name(), responsible.id(), startOn, dueOn);
    }

    private static String invitee(Org org, String email) {
        return "{\"kind\": \"PARTY\", \"orgId\": \"%s\", \"orgType\": \"%s\", \"name\": \"%s\", \"email\": \"%s\"}"
                .formatted(org.id(), org.type(), org.name(), email);
    }
}
