package se.sip.notification;

import java.util.UUID;

import se.sip.testinfra.Tokens;

/** Fresh organisation ids, so each test reads an inbox and subscriptions of its own. */
final class Orgs {

    private Orgs() {
    }

    static String fresh(String kind) {
        return kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String caseworker(String org) {
        return Tokens.bearer("cw-" + org, org, "MUNICIPALITY", "caseworker");
    }

    static String manager(String org) {
        return Tokens.bearer("mgr-" + org, org, "MUNICIPALITY", "manager");
    }
}
