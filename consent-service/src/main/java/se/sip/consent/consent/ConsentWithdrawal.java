package se.sip.consent.consent;

/**
 * A withdrawal to record, in the domain's terms: what {@link ConsentService#withdraw} takes. The resource maps a
 * {@link WithdrawalRequest} to it once, after bean validation at the REST edge. {@code withdrawnBy} is {@code null}
 * when the request names nobody.
 */
record ConsentWithdrawal(String reason, WithdrawnBy withdrawnBy) {

    /** Who withdrew it: the individual, or a legal representative or guardian by name. */
    record WithdrawnBy(GiverRole role, String name) {
    }
}
