package se.sip.notification.routing;

/** A placement change in words (LVM aftercare). */
final class Placements {

    private Placements() {
    }

    static String swedish(String type) {
        return switch (type == null ? "" : type) {
            case "ADMITTED" -> "intagen på institution";
            case "SECTION_27_PLACEMENT" -> "vård i annan form enligt 27 § LVM";
            case "RETURNED_TO_INSTITUTION" -> "åter på institutionen";
            case "DISCHARGED" -> "utskriven";
            default -> "ändrad";
        };
    }

    static String english(String type) {
        return switch (type == null ? "" : type) {
            case "ADMITTED" -> "admitted to an institution";
            case "SECTION_27_PLACEMENT" -> "care in another form under section 27 LVM";
            case "RETURNED_TO_INSTITUTION" -> "returned to the institution";
            case "DISCHARGED" -> "discharged";
            default -> "changed";
        };
    }
}
