package se.sip.notification.inbox;

/** Example bodies of the inbox for the OpenAPI document: the partners' manual. */
final class NotificationExamples {

    static final String PAGE = """
            {
              "items": [
                {
                  "id": "9b4e7d21-3c5a-4f8e-b6d0-2a1c9e8f7b63",
                  "eventId": "e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b",
                  "eventType": "se.sip.plan.youth-order-declined.v1",
                  "link": "/api/v1/plans/0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
                  "textSv": "Resursenheten motala-srv svarade 2026-11-23 att den inte kommer att verkställa beställningen. Läs skälen i planen och ta ställning till hur ärendet ska gå vidare.",
                  "textEn": "The resource unit motala-srv answered on 2026-11-23 that it will not execute the order. Read the reasons in the plan and decide how to go on.",
                  "audience": "MANAGERS",
                  "createdAt": "2026-11-23T10:20:00Z",
                  "readAt": null
                },
                {
                  "id": "5f0c2b7a-1e3d-4a6b-8c9d-0e1f2a3b4c5d",
                  "eventId": "a3c1d2e4-5f60-4718-9a2b-3c4d5e6f7081",
                  "eventType": "se.sip.meeting.scheduled.v1",
                  "link": "/api/v1/meetings/7b1e9f30-2c4d-4e8a-b1f2-9d0c3a5e6f70",
                  "textSv": "Kallelse till SIP-möte 2026-12-10 09:00.",
                  "textEn": "Invitation to a SIP meeting on 2026-12-10 09:00.",
                  "audience": "ALL",
                  "createdAt": "2026-11-23T10:15:00Z",
                  "readAt": null
                }
              ],
              "page": 0,
              "size": 50,
              "total": 2
            }""";

    static final String READ = """
            {
              "id": "5f0c2b7a-1e3d-4a6b-8c9d-0e1f2a3b4c5d",
              "eventId": "a3c1d2e4-5f60-4718-9a2b-3c4d5e6f7081",
              "eventType": "se.sip.plan.placement-changed.v1",
              "link": "/api/v1/plans/0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
              "textSv": "Placeringen har ändrats från 2026-12-01: vård i annan form enligt 27 § LVM.",
              "textEn": "The placement changed from 2026-12-01: care in another form under section 27 LVM.",
              "audience": "ALL",
              "createdAt": "2026-11-23T10:15:00Z",
              "readAt": "2026-11-23T11:02:00Z"
            }""";

    private NotificationExamples() {
    }
}
