package se.sip.plan.milestone;

/** Example bodies for the OpenAPI document. */
final class MilestoneExamples {

    static final String MILESTONES = """
            {
              "planId": "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41",
              "asOf": "2027-01-20",
              "milestones": [
                {"id": "FIRST_MEETING", "kind": "FIRST_MEETING", "dueFrom": "2026-12-01", "dueBy": "2027-01-01",
                 "status": "MET", "meetingId": "9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f", "metBy": "2026-12-10"},
                {"id": "MINUTES_TO_ADJUSTERS-9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f", "kind": "MINUTES_TO_ADJUSTERS",
                 "dueFrom": "2026-12-10", "dueBy": "2026-12-17", "status": "MET",
                 "meetingId": "9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f", "metBy": "2026-12-14"},
                {"id": "NEXT_FOLLOW_UP_BOOKED-9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f", "kind": "NEXT_FOLLOW_UP_BOOKED",
                 "dueFrom": "2026-12-10", "dueBy": "2026-12-17", "status": "MET",
                 "meetingId": "9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f", "metBy": "2026-12-10"},
                {"id": "ADJUSTERS_ANSWER-9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f", "kind": "ADJUSTERS_ANSWER",
                 "dueFrom": "2026-12-14", "dueBy": "2026-12-21", "status": "OVERDUE",
                 "meetingId": "9d2f6c1e-4b7a-4f4e-8c1d-2a3b4c5d6e7f"},
                {"id": "FOLLOW_UP_IN_CARE", "kind": "FOLLOW_UP_IN_CARE", "dueFrom": "2027-02-01", "dueBy": "2027-03-01",
                 "status": "UPCOMING"},
                {"id": "DISCHARGE_PLANNING-2027-04-01", "kind": "DISCHARGE_PLANNING", "dueFrom": "2027-03-04",
                 "dueBy": "2027-04-01", "status": "UPCOMING"},
                {"id": "PLAN_REVIEW-2027-11-23", "kind": "PLAN_REVIEW", "dueFrom": "2027-10-23", "dueBy": "2027-11-23",
                 "status": "UPCOMING"}
              ]
            }""";

    static final String NOT_FOUND = """
            {"type": "urn:sip:problem:not-found", "title": "Not found", "status": 404, "detail": "Plan not found"}""";

    private MilestoneExamples() {
    }
}
