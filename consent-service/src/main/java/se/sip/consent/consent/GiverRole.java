package se.sip.consent.consent;

/** Who gave the consent: the individual, or a legal representative (god man, förvaltare) or guardian on their behalf. */
public enum GiverRole {
    INDIVIDUAL,
    LEGAL_REPRESENTATIVE,
    GUARDIAN
}
