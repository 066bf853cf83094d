package se.sip.meeting.minutes;

/** Example bodies of the held meeting's API (held, minutes, the adjusters' answers) for the OpenAPI document. */
final class MinutesExamples {

    static final String HELD = """
            {"attendees": ["1c0d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", "2d1e3f40-5b6c-4d7e-9f80-a12b3c4d5e6f"]}""";

    static final String MINUTES = """
            {
              "text": "Tolvan berättade om sin vardag. Kommunen och regionen gick igenom pågående insatser.",
              "decisions": ["Boendestöd två gånger i veckan från 1 januari (kommunen).",
                            "Läkarbesök på beroendemottagningen i januari (regionen)."],
              "attendees": ["1c0d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", "2d1e3f40-5b6c-4d7e-9f80-a12b3c4d5e6f"],
              "nextFollowUp": "2027-03-10",
              "absenceReason": "Tolvan var inlagd på sjukhus och ville att mötet hölls ändå."
            }""";

    static final String APPROVED = """
            {"adjusterId": "3e2f4051-6c7d-4e8f-a091-b23c4d5e6f70", "approved": true}""";

    static final String SENT_BACK = """
            {"adjusterId": "4f305162-7d8e-4f90-b1a2-c34d5e6f7081", "approved": false,
             "comment": "Läkarbesöket är bokat till februari, inte januari."}""";

    static final String MINUTES_HISTORY = """
            {
              "meetingId": "7b1e9f30-2c4d-4e8a-b1f2-9d0c3a5e6f70",
              "revisions": [
                {"revision": 1, "status": "DRAFT", "text": "…", "decisions": ["…"],
                 "attendees": ["2d1e3f40-5b6c-4d7e-9f80-a12b3c4d5e6f"], "nextFollowUp": "2027-03-10",
                 "absenceReason": "Tolvan var inlagd på sjukhus och ville att mötet hölls ändå.",
                 "submittedAt": "2026-12-14T10:00:00Z", "answerBy": "2026-12-21", "approvals": [
                   {"adjusterId": "4f305162-7d8e-4f90-b1a2-c34d5e6f7081", "approved": false,
                    "comment": "Läkarbesöket är bokat till februari, inte januari.", "answeredAt": "2026-12-15T08:00:00Z"}]},
                {"revision": 2, "status": "APPROVED", "text": "…", "decisions": ["…"],
                 "attendees": ["2d1e3f40-5b6c-4d7e-9f80-a12b3c4d5e6f"], "nextFollowUp": "2027-03-10",
                 "absenceReason": "Tolvan var inlagd på sjukhus och ville att mötet hölls ändå.",
                 "submittedAt": "2026-12-15T13:00:00Z", "answerBy": "2026-12-22",
                 "approvedAt": "2026-12-16T09:00:00Z", "approvals": [
                   {"adjusterId": "3e2f4051-6c7d-4e8f-a091-b23c4d5e6f70", "approved": true, "answeredAt": "2026-12-16T08:00:00Z"},
                   {"adjusterId": "4f305162-7d8e-4f90-b1a2-c34d5e6f7081", "approved": true, "answeredAt": "2026-12-16T09:00:00Z"}]}
              ]
            }""";

    private MinutesExamples() {
    }
}
