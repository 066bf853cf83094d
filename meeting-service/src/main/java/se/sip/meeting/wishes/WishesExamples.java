package se.sip.meeting.wishes;

/** Example bodies of the individual's wishes (seeds 000, 001) for the OpenAPI document. */
final class WishesExamples {

    static final String WISHES_REQUEST = """
            {
              "wantsInvited": ["Min syster Anna", "Kontaktpersonen på boendet"],
              "topics": ["Var jag ska bo efter utskrivningen", "Att få behålla samma läkare"],
              "preferredFormat": "PHYSICAL",
              "recordedBy": "Karin Lund, socialsekreterare"
            }""";

    static final String WISHES = """
            {
              "meetingId": "7b1e9f30-2c4d-4e8a-b1f2-9d0c3a5e6f70",
              "wantsInvited": ["Min syster Anna", "Kontaktpersonen på boendet"],
              "topics": ["Var jag ska bo efter utskrivningen", "Att få behålla samma läkare"],
              "preferredFormat": "PHYSICAL",
              "recordedBy": "Karin Lund, socialsekreterare",
              "recordedByOrg": "kommun-0583",
              "recordedAt": "2026-12-03T10:15:00Z"
            }""";

    private WishesExamples() {
    }
}
