package se.sip.consent.consent;

/** The individual's answer: consent given, or a SIP offered and declined. */
public enum Decision {
    GRANTED,
    DECLINED
}
