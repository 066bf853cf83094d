package se.sip.plan.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.sip.plan.plan.Intervention;
import se.sip.platform.time.ClockProducer;

/** The schedule's words in plain Swedish: what each code means to the individual, and dates as people write them. */
final class SwedishText {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);

    private SwedishText() {
    }

    static String meetingType(String type) {
        return switch (type == null ? "" : type) {
            case "SIP" -> "SIP-möte";
            case "COLLABORATION" -> "Samverkansmöte";
            case "OFFICIALS" -> "Tjänstemannamöte";
            case "FOLLOW_UP" -> "Uppföljningsmöte";
            case "START_UP" -> "Uppstartsmöte";
            default -> "Möte";
        };
    }

    static String intervention(Intervention intervention) {
        return switch (intervention) {
            case ADDICTION_TREATMENT -> "Beroendebehandling";
            case RELAPSE_PREVENTION -> "Återfallsprevention";
            case MEDICATION_ASSISTED_TREATMENT -> "Läkemedelsassisterad behandling";
            case PSYCHIATRIC_SOMATIC_CARE -> "Psykiatri och somatisk vård";
            case FAMILY_THERAPY -> "Familjeterapi";
            case SOCIAL_SUPPORT -> "Stöd med arbete, utbildning och ekonomi";
            case MOTIVATIONAL_INTERVIEWING -> "Motiverande samtal";
            case AFTERCARE -> "Eftervård";
            case HOUSING_SUPPORT -> "Hjälp med boende";
            case OCCUPATION -> "Sysselsättning";
            case RELATIVES_SUPPORT -> "Stöd till anhöriga";
            case OTHER -> "Annan insats";
        };
    }

    static String status(String status) {
        return switch (status) {
            case "SCHEDULED" -> "Inbokat";
            case "HELD" -> "Genomfört";
            case "PLANNED" -> "Planerad";
            case "ONGOING" -> "Pågår";
            case "DONE" -> "Klar";
            default -> status;
        };
    }

    static String format(String format) {
        if ("DIGITAL".equals(format)) {
            return "Digitalt möte. Länken finns i kallelsen.";
        }
        return "PHYSICAL".equals(format) ? "Möte på plats. Adressen finns i kallelsen." : "Mer om mötet finns i kallelsen.";
    }

    /** "tisdag 12 januari 2027 kl. 09.00–10.30", in Swedish time. */
    static String when(OffsetDateTime starts, OffsetDateTime ends) {
        var start = starts.atZoneSameInstant(ClockProducer.SWEDEN);
        String text = DAY.format(start) + " kl. " + TIME.format(start);
        return ends == null ? text : text + "–" + TIME.format(ends.atZoneSameInstant(ClockProducer.SWEDEN));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
