package se.sip.testinfra;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

import se.sip.testinfra.Home.NoConsent;
import se.sip.testinfra.Home.Org;

/**
 * The authorization matrix of a service, generated from its own OpenAPI document: every operation is called by every
 * kind of caller and must answer what the contract promises (docs/contract.md, "Identity and access"). 401 without a
 * token, with a token a key we do not trust signed, an expired one or one for another deployment; 403 for a role the
 * operation does not list (its {@code security} requirement names the roles). Then on the objects an organisation
 * created ({@link #home()}), each caller with a role the operation lists: another organisation, and a party no consent
 * covers ({@link #noConsent()}), get 403 or 404 for one of them and lists without them, and see none of the home's
 * secrets; the home organisation itself is neither refused nor answered with a server error. A cell that cannot apply
 * is listed with the reason. A service's test extends this with {@code @QuarkusTest} and the
 * {@link InfrastructureResource}; a new operation is covered without being named.
 */
public abstract class AuthorizationMatrix {

    private static final String ORG = "kommun-0583";
    private static final String ORG_TYPE = "MUNICIPALITY";
    private static final List<String> ROLES = List.of("caseworker", "manager", "partner", "integration", "auditor");
    private static final String ANOTHER_ORGANISATION = "another organisation";
    private static final String NO_CONSENT = "no consent";
    private static final String RIGHT_CALLER = "right caller";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A caller its token alone refuses: the token (null for none), and the status it must get. */
    private record Refused(String name, int status, Function<List<String>, String> bearer) {
    }

    private static final List<Refused> REFUSED = List.of(
            new Refused("no token", 401, roles -> null),
            new Refused("bad signature", 401, roles -> Tokens.signedByStranger("m", ORG, ORG_TYPE, roles.get(0))),
            new Refused("expired", 401, roles -> Tokens.expired("m", ORG, ORG_TYPE, roles.get(0))),
            new Refused("wrong audience", 401,
                    roles -> Tokens.forAudience("another-deployment", "m", ORG, ORG_TYPE, roles.get(0))),
            new Refused("wrong role", 403, roles -> ROLES.stream().filter(r -> !roles.contains(r)).findFirst()
                    .map(r -> Tokens.token("m", ORG, ORG_TYPE, r)).orElse(null)));

    private final List<String> failures = new ArrayList<>();
    private MatrixTable table;

    /**
     * Fresh objects of one organisation, created through the service's REST API: called once for the cells that must
     * not change them, and again for each call by the right caller that may.
     */
    protected abstract Home home();

    /** A party of the home's objects that no consent covers, or why the service has none. */
    protected abstract NoConsent noConsent();

    @Test
    void everyOperationAnswersEveryCallerAsTheContractPromises() throws Exception {
        List<DocumentedOperation> operations = DocumentedOperation.all(JSON.readTree(
                given().get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
        assertFalse(operations.isEmpty(), "no operation with roles in the OpenAPI document");
        List<String> cells = new ArrayList<>(REFUSED.stream().map(Refused::name).toList());
        cells.addAll(List.of(ANOTHER_ORGANISATION, NO_CONSENT, RIGHT_CALLER));
        table = new MatrixTable(cells);
        operations.forEach(this::refusedByToken);

        Home home = home();
        operations.forEach(op -> op.unnamedPathParameters(home.names()).forEach(parameter -> failures.add(
                op + ": home() names no " + parameter + ", so it cannot be called on the home's objects")));
        // Lists first: an auditor sees its organisation's own refused calls in the access log, with the ids they named.
        List<DocumentedOperation> listsFirst = operations.stream()
                .sorted(Comparator.comparing(DocumentedOperation::addressesAnObject)).toList();
        Org another = new Org("kommun-matrix-" + UUID.randomUUID().toString().substring(0, 8), home.org().type());
        listsFirst.forEach(op -> notShown(ANOTHER_ORGANISATION, another, op, home));
        NoConsent noConsent = noConsent();
        listsFirst.forEach(op -> {
            if (noConsent.party() == null) {
                table.notApplicable(NO_CONSENT, op, noConsent.notApplicable());
            } else {
                notShown(NO_CONSENT, noConsent.party(), op, home);
            }
        });
        // Last, and on fresh objects for every call that may change them: none meets what an earlier call changed.
        operations.forEach(op -> notRefused(op, op.isGet() ? home : home()));

        String printed = table.render(operations.size());
        System.out.print(printed);
        assertTrue(failures.isEmpty(), printed + String.join("\n", failures));
    }

    private void refusedByToken(DocumentedOperation op) {
        for (Refused cell : REFUSED) {
            String bearer = cell.bearer().apply(op.roles());
            if (bearer == null && cell.status() == 403) {
                table.notApplicable(cell.name(), op, "every role may call it");
                continue;
            }
            int status = op.call(bearer, Map.of()).statusCode();
            table.called(cell.name(), status);
            if (status != cell.status()) {
                failures.add(op + " [" + cell.name() + "]: " + status + ", expected " + cell.status());
            }
        }
    }

    /** 403 or 404 for one of the home's objects, a list or search without them; no answer shows a secret. */
    private void notShown(String cell, Org caller, DocumentedOperation op, Home home) {
        if (op.creates()) {
            table.notApplicable(cell, op, "creates in the caller's own organisation");
            return;
        }
        Response response = op.call(token(caller, op), home.names());
        int status = response.statusCode();
        table.called(cell, status);
        String body = response.asString();
        // An id the caller put in the path is not shown by an answer that quotes it: the caller knew it.
        List<String> sent = op.pathValues(home.names());
        String shown = home.secrets().stream().filter(secret -> !sent.contains(secret))
                .filter(secret -> forms(secret).anyMatch(body::contains)).findFirst().orElse(null);
        if (shown != null) {
            failures.add(op + " [" + cell + "]: " + status + " shows the home's "
                    + (shown.matches("\\d{12}") ? "personal identity number" : shown));
        } else if (status != 403 && status != 404 && (op.addressesAnObject() || status / 100 != 2)) {
            failures.add(op + " [" + cell + "]: " + status + ", expected 403 or 404"
                    + (op.addressesAnObject() ? "" : " or a 2xx without the home's objects") + ": " + body);
        }
    }

    /** The home organisation on its own objects: not refused, and no server error. */
    private void notRefused(DocumentedOperation op, Home home) {
        Response response = op.call(token(home.org(), op), home.names());
        int status = response.statusCode();
        table.called(RIGHT_CALLER, status);
        // 404 too: the contract answers it to a caller who may not see an object, and these objects exist.
        if (status == 401 || status == 403 || status == 404 || status >= 500) {
            failures.add(op + " [" + RIGHT_CALLER + "]: " + status + ", expected neither 401, 403, 404 nor 5xx: "
                    + response.asString());
        }
    }

    private static String token(Org caller, DocumentedOperation op) {
        return Tokens.token("matrix", caller.id(), caller.type(), op.roles().get(0));
    }

    /** A secret as an answer may write it: a personal identity number also as ten digits and with a hyphen. */
    private static Stream<String> forms(String secret) {
        if (!secret.matches("\\d{12}")) {
            return Stream.of(secret);
        }
        String ten = secret.substring(2);
        return Stream.of(ten, ten.substring(0, 6) + "-" + ten.substring(6));
    }
}
