package se.sip.e2e;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The request bodies of the story, as a municipality's journal system would send them. */
final class Bodies {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final String RELATIVE = "Anna Andersson";
    static final String RELATIVE_EMAIL = "anna@example.org";
    /** Where each party's invitations go. */
    static final Map<String, String> EMAIL = Map.of(
            Org.MUNICIPALITY.id(), "vuxenenheten@motala.example.se",
            Org.SIS.id(), "lvm-hem@sis.example.se",
            Org.REGION.id(), "beroende@region.example.se",
            Org.HOUSING.id(), "boendestod@bostadsbolaget.example.se");

    private Bodies() {
    }

    static LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    /** A time in Swedish local time, {@code days} from today. */
    static OffsetDateTime at(int days, int hour) {
        return today().plusDays(days).atTime(LocalTime.of(hour, 0)).atZone(SWEDEN).toOffsetDateTime();
    }

    /** A time in Swedish local time, whole seconds. */
    static OffsetDateTime secondsFromNow(int seconds) {
        return ZonedDateTime.now(SWEDEN).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime();
    }

    /** The individual's consent: convene, documentation, sharing with the named parties, and the sister invited. */
    static String consent(String personId) {
        return """
                {"personId": "%s", "decision": "GRANTED", "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN",
                 "purposes": ["CONVENE_MEETING", "OBTAIN_DOCUMENTATION", "SHARE_INFORMATION", "INVITE_RELATIVES"],
                 "parties": [%s, %s, %s],
                 "relatives": [{"name": "%s", "relation": "sister", "email": "%s"}],
                 "validFrom": "%s", "journalRef": "E2E-%s"}""".formatted(personId, Org.MUNICIPALITY.party(),
                Org.SIS.party(), Org.REGION.party(), RELATIVE, RELATIVE_EMAIL, today(), personId.substring(8));
    }

    /** A consent to convene and to share with these parties only; open-ended when {@code validUntil} is null. */
    static String sharingConsent(String personId, LocalDate validUntil, Org... parties) {
        return """
                {"personId": "%s", "decision": "GRANTED", "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN",
                 "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION"], "parties": [%s], "validFrom": "%s"%s,
                 "restrictions": "Inget om min ekonomi till SiS."}""".formatted(personId,
                String.join(", ", Arrays.stream(parties).map(Org::party).toList()), today(),
                validUntil == null ? "" : ", \"validUntil\": \"" + validUntil + "\"");
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
        return meeting(planId, personId, type, startsAt, List.of(Org.MUNICIPALITY, Org.SIS, Org.REGION));
    }

    /** A meeting calling the individual and these parties (after the discharge, without SiS). */
    static String meeting(String planId, String personId, String type, OffsetDateTime startsAt, List<Org> parties) {
        boolean sip = "SIP".equals(type);
        // An officials' meeting (tjänstemannamöte) is between officials: the individual is not invited to it.
        List<String> invited = new ArrayList<>();
        if (!"OFFICIALS".equals(type)) {
            invited.add("{\"kind\": \"INDIVIDUAL\", \"name\": \"Den enskilde\"}");
        }
        for (Org party : parties) {
            invited.add(invitee(party, EMAIL.get(party.id())));
        }
        String invitees = String.join(", ", invited);
        if (sip) {
            invitees += ", {\"kind\": \"RELATIVE\", \"name\": \"" + RELATIVE + "\", \"email\": \"" + RELATIVE_EMAIL + "\"}";
        }
        return """
                {"planId": "%s", "personId": "%s", "type": "%s", "startsAt": "%s", "durationMinutes": 90,
                 "format": "PHYSICAL", "location": "Stadshuset, rum 3", "invitees": [%s],
                 "chair": "Karin Lund", "chairOrgId": "%s", "noteTaker": "Per Ek", "noteTakerOrgId": "%s",
                 "adjusters": [{"name": "Karin Lund", "orgId": "%s"}, {"name": "Eva Holm", "orgId": "%s"}]}"""
                .formatted(planId, personId, type, startsAt, invitees, Org.MUNICIPALITY.id(), Org.MUNICIPALITY.id(),
                        Org.MUNICIPALITY.id(), Org.REGION.id());
    }

    /** The organisation as a party joining a plan. */
    static String party(Org org) {
        return "{\"orgId\": \"%s\", \"orgType\": \"%s\", \"name\": \"%s\"}".formatted(org.id(), org.type(),
                org.name());
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
