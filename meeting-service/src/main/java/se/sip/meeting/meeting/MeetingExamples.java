package se.sip.meeting.meeting;

/**
 * Example bodies of the meetings API (book, read, list, move, cancel) for the OpenAPI document: the partners' manual.
 * Test numbers only (191212121212 is Skatteverket's).
 */
public final class MeetingExamples {

    static final String SIP_MEETING = """
            {
              "planId": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
              "personId": "191212121212",
              "type": "SIP",
              "startsAt": "2026-12-10T09:00:00+01:00",
              "durationMinutes": 90,
              "format": "PHYSICAL",
              "location": "Stadshuset, rum 3",
              "invitees": [
                {"kind": "INDIVIDUAL", "name": "Tolvan Tolvansson"},
                {"kind": "PARTY", "orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun",
                 "email": "vuxenenheten@motala.example.se"},
                {"kind": "PARTY", "orgId": "region-ostergotland-beroende", "orgType": "REGION",
                 "name": "Beroendemottagningen", "email": "beroende@region.example.se"},
                {"kind": "RELATIVE", "name": "Anna Tolvansson", "phone": "070-000 00 00", "relation": "sister"}
              ],
              "chair": "Karin Lund",
              "chairOrgId": "kommun-0583",
              "noteTaker": "Per Ek",
              "noteTakerOrgId": "kommun-0583",
              "adjusters": [
                {"name": "Karin Lund", "orgId": "kommun-0583"},
                {"name": "Eva Holm", "orgId": "region-ostergotland-beroende"}
              ]
            }""";

    /** A meeting as every answer shows it, up to its answers (MEETING and MEETING_READ show different ones). */
    private static final String MEETING_HEAD = """
            {
              "id": "7b1e9f30-2c4d-4e8a-b1f2-9d0c3a5e6f70",
              "planId": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
              "personId": "191212121212",
              "type": "SIP",
              "status": "SCHEDULED",
              "startsAt": "2026-12-10T08:00:00Z",
              "durationMinutes": 90,
              "format": "PHYSICAL",
              "location": "Stadshuset, rum 3",
              "invitees": [
                {"id": "1c0d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", "kind": "INDIVIDUAL", "name": "Tolvan Tolvansson",
                 "noticeKind": "INBJUDAN"},
                {"id": "2d1e3f40-5b6c-4d7e-9f80-a12b3c4d5e6f", "kind": "PARTY", "orgId": "region-ostergotland-beroende",
                 "orgType": "REGION", "name": "Beroendemottagningen", "email": "beroende@region.example.se",
                 "noticeKind": "KALLELSE"},
                {"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "kind": "RELATIVE", "name": "Anna Tolvansson",
                 "phone": "070-000 00 00", "relation": "sister", "noticeKind": "INBJUDAN"}
              ],
              "chair": "Karin Lund",
              "chairOrgId": "kommun-0583",
              "noteTaker": "Per Ek",
              "noteTakerOrgId": "kommun-0583",
              "adjusters": [
                {"id": "3e2f4051-6c7d-4e8f-a091-b23c4d5e6f70", "name": "Karin Lund", "orgId": "kommun-0583"},
                {"id": "4f305162-7d8e-4f90-b1a2-c34d5e6f7081", "name": "Eva Holm", "orgId": "region-ostergotland-beroende"}
              ],
              "organiserOrg": "kommun-0583",
            """;

    /** The rest of the meeting after its answers, without the closing brace (MEETING_READ adds the consent). */
    private static final String MEETING_TAIL = """
              "obligedInviteeDeclined": false,
              "deadlines": {"minutesToAdjusters": {"dueBy": "2026-12-17", "status": "DUE"}},
              "nextFollowUpMissing": false,
              "sequence": 0,
              "version": 0""";

    static final String MEETING = MEETING_HEAD + """
              "responses": [],
            """ + MEETING_TAIL + "\n}";

    /**
     * The read of one meeting, answered by the region with a proposed new time (which ACCEPTING accepts), also shows
     * the terms of the consent its plan rests on.
     */
    static final String MEETING_READ = MEETING_HEAD + """
              "responses": [
                {"id": "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e", "inviteeId": "2d1e3f40-5b6c-4d7e-9f80-a12b3c4d5e6f",
                 "answer": "PROPOSED_NEW_TIME", "proposedStartsAt": "2026-12-11T12:00:00Z", "obligedToAttend": true,
                 "answeredAt": "2026-12-02T09:30:00Z", "accepted": false, "byThePerson": false}
              ],
            """ + MEETING_TAIL + """
            ,
              "consent": {"id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "available": true, "validUntil": "2027-11-22",
                          "restrictions": "Inte journalanteckningar från psykiatrin"}
            }""";

    static final String NO_REGION = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "A SIP-möte needs a REGION party among the invitees: health care is one of the two principals of a SIP. Without health care, book a COLLABORATION (samverkansmöte)."
            }""";

    static final String NO_GUARDIAN = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "A meeting of a youth assignment for a child under 18 invites the guardians (vårdnadshavare): add a RELATIVE invitee with relation GUARDIAN (seed 004)."
            }""";

    static final String NO_CONSENT = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "No consent in force lets your organisation convene a meeting about this person (CONVENE_MEETING), so nothing was booked. Reason: NO_ACTIVE_CONSENT."
            }""";

    static final String PARTY_NOT_COVERED = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "No consent in force covers invitees[2] (region-ostergotland-beroende) for a meeting about this person (CONVENE_MEETING naming the organisation), so nothing was booked. Invite only organisations the person's consent names."
            }""";

    static final String CONSENT_SERVICE_DOWN = """
            {
              "type": "urn:sip:problem:service-unavailable",
              "title": "Service unavailable",
              "status": 503,
              "detail": "The consent service cannot answer now, so consent cannot be checked; nothing was stored. Retry later."
            }""";

    static final String PAGE = "{\"items\": [" + MEETING + "], \"page\": 0, \"size\": 50, \"total\": 1}";

    /** One meeting as the person themselves sees it (OwnMeeting): also the answer to their own answer. */
    public static final String OWN_MEETING = """
            {
              "id": "8c2f0a41-3d5e-4f9b-a2c3-0e1d4b6f7a81",
              "planId": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
              "type": "FOLLOW_UP",
              "status": "SCHEDULED",
              "startsAt": "2027-02-10T08:00:00Z",
              "durationMinutes": 60,
              "format": "DIGITAL",
              "videoLink": "https://meet.example.se/sip-4711",
              "invitees": [
                {"kind": "INDIVIDUAL", "name": "Tolvan Tolvansson"},
                {"kind": "PARTY", "name": "Motala kommun", "orgId": "kommun-0583", "orgType": "MUNICIPALITY"}
              ],
              "yourAnswer": {"answer": "PROPOSED_NEW_TIME", "proposedStartsAt": "2027-02-12T13:00:00Z",
                             "answeredAt": "2027-01-20T18:05:00Z", "byYou": true}
            }""";

    /** The person's own meetings: a follow-up ahead, and the SIP-möte before it with its approved minutes. */
    static final String OWN_PAGE = """
            {
              "items": [
            """ + OWN_MEETING + """
                ,
                {
                  "id": "7b1e9f30-2c4d-4e8a-b1f2-9d0c3a5e6f70",
                  "planId": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
                  "type": "SIP",
                  "status": "HELD",
                  "startsAt": "2026-12-10T08:00:00Z",
                  "durationMinutes": 90,
                  "format": "PHYSICAL",
                  "location": "Stadshuset, rum 3",
                  "invitees": [
                    {"kind": "INDIVIDUAL", "name": "Tolvan Tolvansson"},
                    {"kind": "PARTY", "name": "Motala kommun", "orgId": "kommun-0583", "orgType": "MUNICIPALITY"},
                    {"kind": "PARTY", "name": "Beroendemottagningen", "orgId": "region-ostergotland-beroende",
                     "orgType": "REGION"},
                    {"kind": "RELATIVE", "name": "Anna Tolvansson"}
                  ],
                  "minutes": {
                    "text": "Tolvan berättade om sin vardag och vad hen vill efter utskrivningen.",
                    "decisions": ["Boendestöd två gånger i veckan.", "Läkarbesök i januari."],
                    "attendees": ["Tolvan Tolvansson", "Motala kommun", "Beroendemottagningen"],
                    "nextFollowUp": "2027-02-10",
                    "approvedAt": "2026-12-15T13:20:00Z"
                  }
                }
              ],
              "page": 0,
              "size": 50,
              "total": 2
            }""";

    static final String RESCHEDULING = """
            {"startsAt": "2026-12-17T09:00:00+01:00"}""";

    /** The move to the time an invitee proposed (the answer MEETING_READ shows), which it accepts. */
    static final String ACCEPTING = """
            {"startsAt": "2026-12-11T13:00:00+01:00", "acceptsResponseId": "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e"}""";

    static final String CANCELLATION = """
            {"reason": "The chair is ill; a new time follows."}""";

    private MeetingExamples() {
    }
}
