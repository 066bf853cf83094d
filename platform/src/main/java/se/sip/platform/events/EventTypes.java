package se.sip.platform.events;

/** The CloudEvent {@code type} of every event the services publish (docs/contract.md, "Events"). */
public final class EventTypes {
    public static final String CONSENT_GRANTED = "se.sip.consent.granted.v1";
    public static final String CONSENT_DECLINED = "se.sip.consent.declined.v1";
    public static final String CONSENT_WITHDRAWN = "se.sip.consent.withdrawn.v1";
    public static final String CONSENT_EXPIRED = "se.sip.consent.expired.v1";
    /** 30 days before a consent's last valid day, once. */
    public static final String CONSENT_EXPIRING = "se.sip.consent.expiring.v1";

    public static final String MEETING_SCHEDULED = "se.sip.meeting.scheduled.v1";
    public static final String MEETING_ANSWERED = "se.sip.meeting.answered.v1";
    public static final String MEETING_RESCHEDULED = "se.sip.meeting.rescheduled.v1";
    public static final String MEETING_CANCELLED = "se.sip.meeting.cancelled.v1";
    public static final String MEETING_HELD = "se.sip.meeting.held.v1";
    public static final String MINUTES_SUBMITTED = "se.sip.meeting.minutes-submitted.v1";
    public static final String MINUTES_APPROVED = "se.sip.meeting.minutes-approved.v1";
    /** An adjuster sent the minutes back to the note-taker (approved: false). */
    public static final String MINUTES_RETURNED = "se.sip.meeting.minutes-returned.v1";
    /** The adjusters' answer to submitted minutes is due tomorrow, once per submission. */
    public static final String MINUTES_ANSWER_DUE = "se.sip.meeting.minutes-answer-due.v1";

    public static final String PLAN_CREATED = "se.sip.plan.created.v1";
    public static final String PLAN_VERSION_AGREED = "se.sip.plan.version-agreed.v1";
    public static final String PLAN_CLOSED = "se.sip.plan.closed.v1";
    /** The plan moved to another covering consent when the one it rested on ended. */
    public static final String PLAN_CONSENT_REPLACED = "se.sip.plan.consent-replaced.v1";
    /** Parties of the plan that no consent in force covers any more: they keep their place but lose access. */
    public static final String PLAN_PARTY_ACCESS_ENDED = "se.sip.plan.party-access-ended.v1";
    /** Any other change of the plan's content: which parts changed, never their values. */
    public static final String PLAN_CHANGED = "se.sip.plan.changed.v1";
    public static final String PLAN_PARTY_ADDED = "se.sip.plan.party-added.v1";
    /** A party left the plan: removed by a party, or SiS at the discharge. */
    public static final String PLAN_PARTY_REMOVED = "se.sip.plan.party-removed.v1";
    public static final String PLAN_LEAD_CHANGED = "se.sip.plan.lead-changed.v1";
    /**
     * Youth assignment (seed 004): the resource unit answered the order that it will not execute it, with written
     * reasons; the lead organisation is told, for its managers (the senior social worker).
     */
    public static final String YOUTH_ORDER_DECLINED = "se.sip.plan.youth-order-declined.v1";
    public static final String PLACEMENT_CHANGED = "se.sip.plan.placement-changed.v1";
    public static final String DEVIATION_REPORTED = "se.sip.plan.deviation-reported.v1";
    public static final String FOLLOW_UP_DUE = "se.sip.plan.follow-up-due.v1";
    public static final String MILESTONE_OVERDUE = "se.sip.plan.milestone-overdue.v1";

    private EventTypes() {
    }
}
