package se.sip.fhir.own;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The services' codes in the plain Swedish the person's page speaks; an unknown code is shown as it is. */
final class Swedish {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SV);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", SV);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm", SV);

    private static final Map<String, String> WORDS = Map.ofEntries(
            // plans
            Map.entry("SIP", "Samordnad individuell plan (SIP)"),
            Map.entry("COLLABORATION", "Samverkansplan"),
            Map.entry("LVM_AFTERCARE", "Plan för tiden efter LVM-vården"),
            Map.entry("YOUTH_ASSIGNMENT", "Plan för ungdomsvård"),
            Map.entry("ACTIVE", "Pågår"),
            Map.entry("CLOSED", "Avslutad"),
            // life areas
            Map.entry("SUBSTANCE_USE", "Alkohol och droger"),
            Map.entry("MENTAL_HEALTH", "Psykisk hälsa"),
            Map.entry("PHYSICAL_HEALTH", "Fysisk hälsa"),
            Map.entry("FAMILY_NETWORK", "Familj och nätverk"),
            Map.entry("WORK_OCCUPATION", "Arbete och sysselsättning"),
            Map.entry("HOUSING", "Boende"),
            Map.entry("CRIMINALITY", "Brott"),
            Map.entry("LEISURE", "Fritid"),
            Map.entry("OTHER", "Annat"),
            // the schedule's meetings and actions
            Map.entry("SCHEDULED", "Inbokat"),
            Map.entry("HELD", "Genomfört"),
            Map.entry("PLANNED", "Planerad"),
            Map.entry("ONGOING", "Pågår"),
            Map.entry("DONE", "Klar"),
            // milestones
            Map.entry("FIRST_MEETING", "Första mötet"),
            Map.entry("FOLLOW_UP_IN_CARE", "Uppföljning under vården"),
            Map.entry("DISCHARGE_PLANNING", "Planering inför utskrivningen"),
            Map.entry("DISCHARGE_UNCONFIRMED", "Utskrivningen ska bekräftas"),
            Map.entry("FOLLOW_UP_AFTER_DISCHARGE", "Uppföljning efter utskrivningen"),
            Map.entry("NEXT_FOLLOW_UP_BOOKED", "Nästa uppföljning ska bokas"),
            Map.entry("MINUTES_TO_ADJUSTERS", "Anteckningarna ska justeras"),
            Map.entry("ADJUSTERS_ANSWER", "Justeringen ska vara klar"),
            Map.entry("ORDER_CONTACT", "Kontakt om ungdomstjänsten"),
            Map.entry("IMPLEMENTATION_PLAN", "Genomförandeplan"),
            Map.entry("PERIODIC_FOLLOW_UP", "Uppföljning"),
            Map.entry("INTERVENTION_DECISION", "Beslut om insats"),
            Map.entry("CONTINUATION_DECISION", "Beslut om fortsättning"),
            Map.entry("INTERVENTION_ENDED", "Insatsen avslutas"),
            Map.entry("PLAN_REVIEW", "Planen ses över"),
            Map.entry("UPCOMING", "kommer"),
            Map.entry("DUE", "dags nu"),
            Map.entry("MET", "klart"),
            Map.entry("OVERDUE", "försenat"),
            // consents
            Map.entry("WITHDRAWN", "Återkallat"),
            Map.entry("EXPIRED", "Har gått ut"),
            Map.entry("DECLINED", "Du tackade nej"),
            Map.entry("CONVENE_MEETING", "kalla dig till möten"),
            Map.entry("OBTAIN_DOCUMENTATION", "hämta in uppgifter om dig"),
            Map.entry("SHARE_INFORMATION", "dela uppgifter om dig med varandra"),
            Map.entry("INVITE_RELATIVES", "bjuda in dina närstående"),
            // the access log
            Map.entry("consent", "Samtycke"),
            Map.entry("consent-decision", "Fråga om samtycke"),
            Map.entry("plan", "Plan"),
            Map.entry("meeting", "Möte"),
            Map.entry("notification", "Avisering"),
            Map.entry("webhook-delivery", "Avisering till ett system"),
            Map.entry("access-log", "Logg"),
            Map.entry("READ", "Läste"),
            Map.entry("WRITE", "Ändrade"),
            Map.entry("PERMITTED", "Tilläts"),
            Map.entry("DENIED", "Nekades"),
            Map.entry("NOT_FOUND", "Fanns inte"),
            Map.entry("caseworker", "handläggare"),
            Map.entry("manager", "chef"),
            Map.entry("partner", "samverkanspart"),
            Map.entry("integration", "datasystem"),
            Map.entry("auditor", "granskare"),
            Map.entry("individual", "du själv"));

    private Swedish() {
    }

    static String word(String code) {
        return code == null ? "" : WORDS.getOrDefault(code, code);
    }

    /** Comma-separated codes, each in words. */
    static String words(String codes) {
        return codes == null || codes.isBlank() ? "" : Arrays.stream(codes.split(",")).map(Swedish::word)
                .collect(Collectors.joining(", "));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String month(LocalDate day) {
        return MONTH.format(day);
    }

    static String moment(Instant at) {
        return MOMENT.format(at.atZone(SWEDEN));
    }
}
