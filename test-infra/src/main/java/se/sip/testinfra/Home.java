package se.sip.testinfra;

import java.util.List;
import java.util.Map;

/**
 * What a service's {@link AuthorizationMatrix} calls on: objects one organisation, the home, created through the
 * service's REST API.
 *
 * @param org the organisation that created them: the right caller
 * @param names the value a request gives each path, query and header parameter, and each top-level member of its
 *        JSON body, of that name: {@code id}, {@code personId}, {@code If-Match}, …; a path parameter may also be
 *        named by the path up to it ({@code /api/v1/subscriptions/{id}}) where two collections name theirs alike
 * @param secrets what an organisation refused the objects must never be shown: the person's number, the objects' ids,
 *        a text of their content
 */
public record Home(Org org, Map<String, String> names, List<String> secrets) {

    /** An organisation as a token names it. */
    public record Org(String id, String type) {
    }

    /**
     * Who the "no consent" cell calls as: a party of the home objects that no consent covers, or, where the service has
     * no such party, why the cell cannot apply.
     */
    public record NoConsent(Org party, String notApplicable) {

        public static NoConsent party(String id, String type) {
            return new NoConsent(new Org(id, type), null);
        }

        public static NoConsent notApplicable(String why) {
            return new NoConsent(null, why);
        }
    }
}
