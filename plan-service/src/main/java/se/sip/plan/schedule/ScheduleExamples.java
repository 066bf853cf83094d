package se.sip.plan.schedule;

/** Example bodies for the OpenAPI document. */
final class ScheduleExamples {

    /** The two items of the examples, as both `items` and `upcoming` list them. */
    private static final String ITEMS = """
                {"uid": "meeting-9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f@sip", "kind": "MEETING", "title": "Uppföljningsmöte",
                 "startsAt": "2027-03-01T10:00:00+01:00", "endsAt": "2027-03-01T11:30:00+01:00", "status": "SCHEDULED",
                 "meetingType": "FOLLOW_UP", "format": "PHYSICAL", "meetingId": "9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f",
                 "location": "Stadshuset, rum 3",
                 "organisations": ["Motala kommun, vuxenenheten", "Beroendemottagningen"]},
                {"uid": "action-3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12@sip", "kind": "ACTION", "title": "Återfallsprevention",
                 "startOn": "2027-04-01", "dueOn": "2027-10-01", "status": "PLANNED",
                 "actionId": "3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12", "description": "Återfallsprevention i grupp.",
                 "responsibleOrgId": "region-ostergotland-beroende", "responsibleName": "Beroendemottagningen"}""";

    static final String JSON = """
            {
              "planId": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
              "leadName": "Motala kommun, vuxenenheten",
              "contacts": [
                {"name": "Motala kommun, vuxenenheten", "contact": "Socialsekreterare, 0141-22 50 00"},
                {"name": "Beroendemottagningen"}
              ],
              "items": [
            """ + ITEMS + """
              ],
              "upcoming": [
            """ + ITEMS + """
              ],
              "past": [],
              "generatedAt": "2027-02-20T09:00:00Z",
              "consent": {"id": "5b0c8f0e-8a4e-4d4f-9d6a-2f1f0b6d9c11", "available": true, "validUntil": "2027-11-22",
                          "restrictions": "Inget om mina barn får delas med min arbetsgivare."}
            }""";

    static final String ICS = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//SIP//plan-service schedule//SV
            CALSCALE:GREGORIAN
            BEGIN:VTIMEZONE
            TZID:Europe/Stockholm
            ...
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:meeting-9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f@sip
            DTSTAMP:20270220T090000Z
            DTSTART;TZID=Europe/Stockholm:20270301T100000
            DTEND;TZID=Europe/Stockholm:20270301T113000
            SUMMARY:Uppföljningsmöte
            DESCRIPTION:Möte på plats. Adressen finns i kallelsen. Inbjudna: Motala kommun\\, vuxenenheten\\,
              Beroendemottagningen.
            LOCATION:Stadshuset\\, rum 3
            STATUS:CONFIRMED
            END:VEVENT
            BEGIN:VEVENT
            UID:action-3a9d6b1e-0c4f-4f5a-8e2d-6b7c8d9e0f12@sip
            DTSTAMP:20270220T090000Z
            DTSTART;VALUE=DATE:20270401
            DTEND;VALUE=DATE:20271002
            SUMMARY:Återfallsprevention
            DESCRIPTION:Ansvarig: Beroendemottagningen. Återfallsprevention i grupp.
            TRANSP:TRANSPARENT
            STATUS:CONFIRMED
            END:VEVENT
            END:VCALENDAR
            """;

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Ditt schema</title></head><body><main>
            <h1>Ditt schema</h1>
            <section class="consent"><p><strong>Samtycke</strong>: gäller till och med 2027-11-22.</p>
            <p><strong>Samtycket omfattar inte:</strong> Inget om mina barn får delas med min arbetsgivare.</p></section>
            <ol><li><p class="when">måndag 1 mars 2027 kl. 10.00–11.30</p><h2>Uppföljningsmöte</h2>
            <p class="what">Möte på plats. Adressen finns i kallelsen.</p><p class="status">Inbokat</p></li></ol>
            </main></body></html>""";

    static final String NOT_FOUND = """
            {"type": "urn:sip:problem:not-found", "title": "Not found", "status": 404, "detail": "Plan not found"}""";

    static final String NOT_ACCEPTABLE = """
            {"type": "urn:sip:problem:not-acceptable", "title": "Not acceptable", "status": 406,
             "detail": "This resource cannot answer in the media type asked for."}""";

    private ScheduleExamples() {
    }
}
