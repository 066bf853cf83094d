package se.sip.fhir.own;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The four services' answers to the person's own reads, served over HTTP: the person's token ({@link #PERSON}) gets
 * them, any other bearer 403 (as each service refuses a role other than individual), none 401.
 */
public class ServicesStub implements QuarkusTestResourceLifecycleManager {

    static final String PERSON = "Bearer person-token";
    static final String PLAN_ID = "0f5a3c2e-6d1b-4c1a-9a57-3c0f7d2b8e41";

    private static final String PLANS = """
            {"items": [{"id": "%s", "kind": "LVM_AFTERCARE", "status": "ACTIVE",
              "lead": {"orgId": "kommun-0583", "name": "Motala kommun, vuxenenheten"},
              "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"},
                          {"orgId": "region-ostergotland-beroende", "orgType": "REGION", "name": "Beroendemottagningen"}],
              "individualGoal": "Jag vill ha en egen lägenhet & ett jobb.",
              "lifeAreas": [{"area": "HOUSING", "goals": [{"id": "g1", "text": "Eget boende", "targetDate": "2027-06-01"}]},
                            {"area": "MENTAL_HEALTH", "goals": []}]}],
             "page": 0, "size": 200, "total": 1}""".formatted(PLAN_ID);
    private static final String SCHEDULE = """
            {"planId": "%s", "items": [
              {"kind": "MEETING", "title": "Uppföljningsmöte", "startsAt": "2027-03-01T10:00:00+01:00",
               "endsAt": "2027-03-01T11:30:00+01:00", "status": "SCHEDULED", "location": "Stadshuset, rum 3"},
              {"kind": "ACTION", "title": "Återfallsprevention", "description": "I grupp.", "startOn": "2027-04-01",
               "dueOn": "2027-10-01", "status": "PLANNED", "responsibleName": "Beroendemottagningen"},
              {"kind": "ACTION", "title": "Söka lägenhet", "dueOn": "2027-05-01", "status": "PLANNED",
               "responsibleName": "Du själv"}],
             "upcoming": [{"kind": "MEETING", "title": "Uppföljningsmöte", "startsAt": "2027-03-01T10:00:00+01:00",
               "endsAt": "2027-03-01T11:30:00+01:00", "status": "SCHEDULED", "location": "Stadshuset, rum 3"}],
             "past": []}""".formatted(PLAN_ID);
    private static final String MILESTONES = """
            {"planId": "%s", "asOf": "2027-02-20", "milestones": [
              {"id": "FIRST_MEETING", "kind": "FIRST_MEETING", "dueBy": "2027-01-01", "status": "MET"},
              {"id": "FOLLOW_UP_IN_CARE", "kind": "FOLLOW_UP_IN_CARE", "dueBy": "2027-03-01", "status": "DUE"}]}"""
            .formatted(PLAN_ID);
    private static final String CONSENTS = """
            {"items": [{"id": "c1", "decision": "GRANTED", "status": "ACTIVE",
              "purposes": ["SHARE_INFORMATION", "CONVENE_MEETING"],
              "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun, vuxenenheten"}],
              "validFrom": "2026-11-23", "validUntil": "2027-11-22",
              "restrictions": "Inget om mina barn <till arbetsgivaren>."}], "page": 0, "size": 200, "total": 1}""";
    private static final String ACCESSES = """
            {"items": [{"at": "%s", "org": "kommun-0583", "orgType": "MUNICIPALITY", "roles": "caseworker",
              "byYou": false, "resourceType": "%s", "action": "READ", "outcome": "PERMITTED"},
             {"at": "2026-12-01T08:00:00Z", "roles": "individual", "byYou": true, "resourceType": "access-log",
              "action": "READ", "outcome": "PERMITTED"}], "page": 0, "size": 200, "total": 2}""";

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        return Map.of("sip.consent-service.url", serve("2026-12-02T09:00:00Z", "consent"),
                "sip.plan-service.url", serve("2026-12-03T09:00:00Z", "plan"),
                "sip.meeting-service.url", serve("2026-12-04T09:00:00Z", "meeting"),
                "sip.notification-service.url", serve("2026-11-30T09:00:00Z", "notification"));
    }

    /** One service, whose access-log extract names {@code resourceType} read at {@code at}; its base URL. */
    private String serve(String at, String resourceType) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> answer(exchange, at, resourceType));
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, String at, String resourceType) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String path = exchange.getRequestURI().getPath();
        String body = switch (path) {
            case "/api/v1/me/access-log" -> ACCESSES.formatted(at, resourceType);
            case "/api/v1/me/plans" -> PLANS;
            case "/api/v1/me/consents" -> CONSENTS;
            default -> path.equals("/api/v1/plans/" + PLAN_ID + "/schedule") ? SCHEDULE
                    : path.equals("/api/v1/plans/" + PLAN_ID + "/milestones") ? MILESTONES : null;
        };
        int status = authorization == null ? 401 : !authorization.equals(PERSON) ? 403 : body == null ? 404 : 200;
        byte[] bytes = (status == 200 ? body : "{}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }
}
