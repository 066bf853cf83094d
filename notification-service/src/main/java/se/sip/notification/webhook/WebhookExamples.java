package se.sip.notification.webhook;

/** Example bodies of the webhook subscriptions and deliveries for the OpenAPI document: the partners' manual. */
final class WebhookExamples {

    static final String SUBSCRIPTION_REQUEST = """
            {
              "callbackUrl": "https://journal.kommun.example.se/sip/webhooks",
              "eventTypes": ["se.sip.meeting.scheduled.v1", "se.sip.plan.placement-changed.v1"]
            }""";

    static final String SUBSCRIPTION_CREATED = """
            {
              "id": "c0ffee00-1234-4abc-9def-0123456789ab",
              "callbackUrl": "https://journal.kommun.example.se/sip/webhooks",
              "eventTypes": ["se.sip.meeting.scheduled.v1", "se.sip.plan.placement-changed.v1"],
              "createdAt": "2026-11-23T10:00:00Z",
              "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw1Kc2Tt1Ck0g="
            }""";

    static final String SUBSCRIPTION_ROTATED = """
            {
              "id": "c0ffee00-1234-4abc-9def-0123456789ab",
              "callbackUrl": "https://journal.kommun.example.se/sip/webhooks",
              "eventTypes": ["se.sip.meeting.scheduled.v1", "se.sip.plan.placement-changed.v1"],
              "createdAt": "2026-11-23T10:00:00Z",
              "secret": "whsec_3q2+7w9f1Zb6k0u8T4yW5sXcVbNmLkJhGfDsA1qP2oE=",
              "previousSecretValidUntil": "2026-11-24T10:00:00Z"
            }""";

    static final String SUBSCRIPTION = """
            {
              "id": "c0ffee00-1234-4abc-9def-0123456789ab",
              "callbackUrl": "https://journal.kommun.example.se/sip/webhooks",
              "eventTypes": ["se.sip.meeting.scheduled.v1", "se.sip.plan.placement-changed.v1"],
              "createdAt": "2026-11-23T10:00:00Z"
            }""";

    static final String SUBSCRIPTION_PAGE = """
            {
              "items": [
                {
                  "id": "c0ffee00-1234-4abc-9def-0123456789ab",
                  "callbackUrl": "https://journal.kommun.example.se/sip/webhooks",
                  "eventTypes": ["se.sip.meeting.scheduled.v1", "se.sip.plan.placement-changed.v1"],
                  "createdAt": "2026-11-23T10:00:00Z"
                }
              ],
              "page": 0,
              "size": 50,
              "total": 1
            }""";

    static final String PRIVATE_CALLBACK = """
            {
              "type": "urn:sip:problem:rule-violation",
              "title": "Rule violated",
              "status": 422,
              "detail": "callbackUrl resolves to a private, loopback or link-local address; webhooks go to public addresses only."
            }""";

    static final String DELIVERY_PAGE = """
            {
              "items": [
                {
                  "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
                  "eventId": "a3c1d2e4-5f60-4718-9a2b-3c4d5e6f7081",
                  "eventType": "se.sip.meeting.scheduled.v1",
                  "status": "PENDING",
                  "nextAttemptAt": "2026-11-23T10:20:05Z",
                  "createdAt": "2026-11-23T10:15:00Z",
                  "deliveredAt": null,
                  "attempts": [
                    {"number": 1, "attemptedAt": "2026-11-23T10:15:00Z", "statusCode": 503, "error": null, "durationMs": 120},
                    {"number": 2, "attemptedAt": "2026-11-23T10:15:05Z", "statusCode": null,
                     "error": "timeout after 15000 ms", "durationMs": 15002}
                  ]
                }
              ],
              "page": 0,
              "size": 50,
              "total": 1
            }""";

    static final String DELIVERY_RESENT = """
            {
              "id": "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6",
              "eventId": "a3c1d2e4-5f60-4718-9a2b-3c4d5e6f7081",
              "eventType": "se.sip.meeting.scheduled.v1",
              "status": "PENDING",
              "nextAttemptAt": "2026-11-26T09:00:00Z",
              "createdAt": "2026-11-23T10:15:00Z",
              "deliveredAt": null,
              "attempts": [
                {"number": 10, "attemptedAt": "2026-11-26T08:40:00Z", "statusCode": 500, "error": null, "durationMs": 80}
              ]
            }""";

    private WebhookExamples() {
    }
}
