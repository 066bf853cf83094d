package se.sip.plan.plan;

/** Who speaks for the individual beside them: god man or förvaltare (legal representative), vårdnadshavare. */
public enum RepresentativeRole {
    LEGAL_REPRESENTATIVE,
    GUARDIAN
}
