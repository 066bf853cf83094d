package se.sip.notification.webhook;

import io.quarkus.arc.Arc;

/** The start-up conversion of plaintext signing secrets, run at once as a replica starting now would run it. */
public final class SecretConversion {

    private SecretConversion() {
    }

    /** The number of subscriptions whose secrets it encrypted. */
    public static int runNow() {
        return Arc.container().instance(PlaintextSecrets.class).get().convertAll();
    }
}
