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
 * is listed with the reason. The person themselves (role individual, {@code personId} of the home) is refused by every
 * operation that does not list that role and not refused by one that does, where another person is shown nothing of
 * the home's. A service's test extends this with {@code @QuarkusTest} and the
 * {@link InfrastructureResource}; a new operation is covered without being named.
 */
public abstract class AuthorizationMatrix {

    private static final String ORG = "kommun-0583";
    private static final String ORG_TYPE = "MUNICIPALITY";
    private static final List<String> ROLES = List.of("caseworker", "manager", "partner", "integration", "auditor");
    private static final String ANOTHER_ORGANISATION = "another organisation";
    private static final String NO_CONSENT = "no consent";
    private static final String RIGHT_CALLER = "right caller";
    private static final String INDIVIDUAL = "individual";
    private static final String THE_PERSON = "the person";
    private static final String ANOTHER_PERSON = "another person";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A caller its token alone refuses: the token (null for none) for the claims of a caller the operation lists, and
     * the status it must get.
     */
    private record Refused(String name, int status, Function<Claims, String> bearer) {
    }

    /** A token's claims: a staff member of {@link #ORG}, or the person themselves, in a role the operation lists. */
    private record Claims(String sub, String org, String orgType, String role, List<String> listed) {

        static Claims of(DocumentedOperation op) {
            String staff = staffRole(op);
            return staff == null ? new Claims(TestPersons.next(), null, null, INDIVIDUAL, op.roles())
                    : new Claims("m", ORG, ORG_TYPE, staff, op.roles());
        }
    }

    private static final List<Refused> REFUSED = List.of(
            new Refused("no token", 401, c -> null),
            new Refused("bad signature", 401, c -> Tokens.signedByStranger(c.sub(), c.org(), c.orgType(), c.role())),
            new Refused("expired", 401, c -> Tokens.expired(c.sub(), c.org(), c.orgType(), c.role())),
            new Refused("wrong audience", 401,
                    c -> Tokens.forAudience("another-deployment", c.sub(), c.org(), c.orgType(), c.role())),
            new Refused("wrong role", 403, c -> ROLES.stream().filter(r -> !c.listed().contains(r)).findFirst()
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
        cells.addAll(List.of(ANOTHER_ORGANISATION, NO_CONSENT, ANOTHER_PERSON, RIGHT_CALLER, THE_PERSON));
        table = new MatrixTable(cells);
        operations.forEach(this::refusedByToken);

        Home home = home();
        operations.forEach(op -> op.unnamedPathParameters(home.names()).forEach(parameter -> failures.add(
                op + ": home() names no " + parameter + ", so it cannot be called on the home's objects")));
        // Lists first: an auditor sees its organisation's own refused calls in the access log, with the ids they named.
        List<DocumentedOperation> listsFirst = operations.stream()
                .sorted(Comparator.comparing(DocumentedOperation::addressesAnObject)).toList();
        Org another = new Org("kommun-matrix-" + UUID.randomUUID().toString().substring(0, 8), home.org().type());
        listsFirst.forEach(op -> {
            if (staffRole(op) == null) {
                table.notApplicable(ANOTHER_ORGANISATION, op, "only the person themselves calls it");
            } else {
                notShown(ANOTHER_ORGANISATION, token(another, op), op, home);
            }
        });
        NoConsent noConsent = noConsent();
        listsFirst.forEach(op -> {
            if (staffRole(op) == null) {
                table.notApplicable(NO_CONSENT, op, "only the person themselves calls it");
            } else if (noConsent.party() == null) {
                table.notApplicable(NO_CONSENT, op, noConsent.notApplicable());
            } else {
                notShown(NO_CONSENT, token(noConsent.party(), op), op, home);
            }
        });
        listsFirst.forEach(op -> {
            if (op.roles().contains(INDIVIDUAL)) {
                notShown(ANOTHER_PERSON, Tokens.individual(TestPersons.next()), op, home);
            } else {
                table.notApplicable(ANOTHER_PERSON, op, "the person themselves may not call it");
            }
        });
        // Last, and on fresh objects for every call that may change them: none meets what an earlier call changed.
        operations.forEach(op -> {
            if (staffRole(op) == null) {
                table.notApplicable(RIGHT_CALLER, op, "only the person themselves calls it");
            } else {
                notRefused(RIGHT_CALLER, op, op.isGet() ? home : home(), h -> token(h.org(), op));
            }
        });
        operations.forEach(op -> thePerson(op, home));

        String printed = table.render(operations.size());
        System.out.print(printed);
        assertTrue(failures.isEmpty(), printed + String.join("\n", failures));
    }

    private void refusedByToken(DocumentedOperation op) {
        for (Refused cell : REFUSED) {
            String bearer = cell.bearer().apply(Claims.of(op));
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
    private void notShown(String cell, String bearer, DocumentedOperation op, Home home) {
        if (op.creates()) {
            table.notApplicable(cell, op, "creates in the caller's own organisation");
            return;
        }
        Response response = op.call(bearer, home.names());
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

    /**
     * The person whose data the home's objects are: refused by every operation that does not list the role individual,
     * however much the data is theirs; not refused by one that does.
     */
    private void thePerson(DocumentedOperation op, Home home) {
        String person = home.names().get("personId");
        if (person == null) {
            failures.add(op + " [" + THE_PERSON + "]: home() names no personId, whose person to call as");
        } else if (op.roles().contains(INDIVIDUAL)) {
            notRefused(THE_PERSON, op, op.isGet() ? home : home(), h -> Tokens.individual(h.names().get("personId")));
        } else {
            int status = op.call(Tokens.individual(person), home.names()).statusCode();
            table.called(THE_PERSON, status);
            if (status != 403) {
                failures.add(op + " [" + THE_PERSON + "]: " + status + ", expected 403: the role may not call it");
            }
        }
    }

    /** The home organisation, or the person, on their own objects: not refused, and no server error. */
    private void notRefused(String cell, DocumentedOperation op, Home home, Function<Home, String> bearer) {
        Response response = op.call(bearer.apply(home), home.names());
        int status = response.statusCode();
        table.called(cell, status);
        // 404 too: the contract answers it to a caller who may not see an object, and these objects exist.
        if (status == 401 || status == 403 || status == 404 || status >= 500) {
            failures.add(op + " [" + cell + "]: " + status + ", expected neither 401, 403, 404 nor 5xx: "
                    + response.asString());
        }
    }

    private static String token(Org caller, DocumentedOperation op) {
        return Tokens.token("matrix", caller.id(), caller.type(), staffRole(op));
    }

    /** The first role the operation lists for an organisation's staff, or null when only the person calls it. */
    private static String staffRole(DocumentedOperation op) {
        return op.roles().stream().filter(role -> !INDIVIDUAL.equals(role)).findFirst().orElse(null);
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
