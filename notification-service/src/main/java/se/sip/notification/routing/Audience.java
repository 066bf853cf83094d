package se.sip.notification.routing;

/**
 * Whom in the organisation a notification is meant for. A marking for the organisation's own routing of its inbox,
 * never an access rule: everyone who reads the inbox sees every notification, whatever its audience.
 */
public enum Audience {

    /** Whoever works the organisation's inbox: every notification that is not for its managers. */
    ALL,

    /**
     * The organisation's managers (arbetsledare), who must know and decide how to go on: a resource unit declining
     * the order of a youth assignment (seed 004: its written reasons go to the senior social worker).
     */
    MANAGERS
}
