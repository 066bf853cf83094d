package se.sip.notification.routing;

/** A meeting's kind in words, as the invitation names it: the only thing a text says about the meeting. */
final class MeetingKinds {

    private MeetingKinds() {
    }

    static String swedish(String type) {
        return switch (type == null ? "" : type) {
            case "SIP" -> "SIP-möte";
            case "COLLABORATION" -> "samverkansmöte";
            case "OFFICIALS" -> "tjänstemannamöte";
            case "FOLLOW_UP" -> "uppföljningsmöte";
            case "START_UP" -> "uppstartsmöte";
            default -> "möte";
        };
    }

    static String swedishCapitalised(String type) {
        String kind = swedish(type);
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    static String english(String type) {
        return switch (type == null ? "" : type) {
            case "SIP" -> "SIP meeting";
            case "COLLABORATION" -> "collaboration meeting";
            case "OFFICIALS" -> "officials' meeting";
            case "FOLLOW_UP" -> "follow-up meeting";
            case "START_UP" -> "start-up meeting";
            default -> "meeting";
        };
    }
}
