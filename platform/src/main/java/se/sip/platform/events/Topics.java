package se.sip.platform.events;

/** The Kafka topics, one per publishing service; keyed by personRef so one person's events keep their order. */
public final class Topics {
    public static final String CONSENT = "sip.consent.v1";
    public static final String MEETING = "sip.meeting.v1";
    public static final String PLAN = "sip.plan.v1";

    private Topics() {
    }
}
