package se.sip.testinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for consent-service: {@code POST /api/v1/consent-decisions/search} (permits by
 * default, answers per person and organisation as a test dictates) and {@code GET /api/v1/consents/{id}} (the terms
 * a test gave that consent, else none). It records every decision asked and can be taken down to test an outage.
 * Answers are keyed by personal identity number, so that tests (each with its own person) do not disturb each other;
 * every permit for a person names the same consent, {@link #consentOf}.
 */
public class FakeConsentService implements QuarkusTestResourceLifecycleManager {

    /** What the fake answers for one person. */
    public sealed interface Answer permits Refuse, Fail, Hang {
    }

    public record Refuse(String reason) implements Answer {
    }

    public record Fail(int status) implements Answer {
    }

    /** Holds the answer back until {@link #release()} (at most 20 s), to be later than the caller waits. */
    public record Hang() implements Answer {
    }

    /** One decision asked, as received: the question and the Authorization header. */
    public record Request(String personId, String purpose, List<String> orgIds, String relative,
            String authorization) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, String> REFUSED_ORGS = new ConcurrentHashMap<>();
    private static final Map<String, String> UNCOVERED_RELATIVES = new ConcurrentHashMap<>();
    private static final Map<String, UUID> CONSENTS = new ConcurrentHashMap<>();
    private static final Map<UUID, ObjectNode> TERMS = new ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static volatile boolean readsHang;
    private static volatile CountDownLatch released = new CountDownLatch(1);
    private static HttpServer server;
    private static int port;

    @Override
    public Map<String, String> start() {
        startOn(0);
        return Map.of("sip.consent-service.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Refuses every organisation for this person, with this reason. */
    public static void refuse(String personId, String reason) {
        ANSWERS.put(personId, new Refuse(reason));
    }

    /** Refuses one organisation for this person (with reason ORGANISATION_NOT_COVERED); the others as before. */
    public static void refuseOrg(String personId, String orgId) {
        REFUSED_ORGS.put(personId + "|" + orgId, "ORGANISATION_NOT_COVERED");
    }

    /** Refuses INVITE_RELATIVES for this person's relative of that name; everything else is answered as before. */
    public static void refuseRelative(String personId, String relativeName) {
        UNCOVERED_RELATIVES.put(personId, relativeName);
    }

    public static void fail(String personId, int status) {
        ANSWERS.put(personId, new Fail(status));
    }

    public static void hang(String personId) {
        released = new CountDownLatch(1);
        ANSWERS.put(personId, new Hang());
    }

    /** Every read of a consent's terms is held back until {@link #release()} (at most 20 s). */
    public static void hangReads() {
        released = new CountDownLatch(1);
        readsHang = true;
    }

    /** Lets every held-back answer go; a held answer waits no longer than 20 s anyway. */
    public static void release() {
        readsHang = false;
        released.countDown();
    }

    /** Closes the port until {@link #up()}: callers get "connection refused". */
    public static synchronized void down() {
        server.stop(0);
        server = null;
    }

    public static synchronized void up() {
        startOn(port);
    }

    /** The consent every permit for this person names. */
    public static UUID consentOf(String personId) {
        return CONSENTS.computeIfAbsent(personId, p -> UUID.randomUUID());
    }

    /** What {@code GET /api/v1/consents/{id}} answers for this consent from now on. */
    public static void terms(UUID consentId, LocalDate validUntil, String restrictions) {
        ObjectNode consent = JSON.createObjectNode().put("id", consentId.toString());
        if (validUntil != null) {
            consent.put("validUntil", validUntil.toString());
        }
        if (restrictions != null) {
            consent.put("restrictions", restrictions);
        }
        TERMS.put(consentId, consent);
    }

    public static List<Request> requestsAbout(String personId) {
        return REQUESTS.stream().filter(r -> personId.equals(r.personId())).toList();
    }

    private static synchronized void startOn(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", wanted), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/consent-decisions/search", FakeConsentService::decide);
        server.createContext("/api/v1/consents/", FakeConsentService::terms);
        // A thread per exchange, so that one held-back answer does not hold up the others.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        port = server.getAddress().getPort();
    }

    private static void decide(HttpExchange exchange) throws IOException {
        JsonNode question = JSON.readTree(exchange.getRequestBody());
        String personId = question.path("personId").asText();
        String relative = question.hasNonNull("relative") ? question.get("relative").asText() : null;
        List<String> orgIds = new ArrayList<>();
        question.path("orgIds").forEach(o -> orgIds.add(o.asText()));
        REQUESTS.add(new Request(personId, question.path("purpose").asText(), List.copyOf(orgIds), relative,
                exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = ANSWERS.get(personId);
        if (answer instanceof Hang) {
            await();
        }
        if (answer instanceof Fail fail) {
            send(exchange, fail.status(), "{\"status\": " + fail.status() + "}");
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        ArrayNode decisions = body.putArray("decisions");
        for (String orgId : orgIds) {
            String refusal = answer instanceof Refuse refuse ? refuse.reason()
                    : relative != null && relative.equals(UNCOVERED_RELATIVES.get(personId)) ? "RELATIVE_NOT_COVERED"
                    : REFUSED_ORGS.get(personId + "|" + orgId);
            ObjectNode decision = decisions.addObject().put("orgId", orgId).put("permitted", refusal == null);
            if (refusal == null) {
                decision.put("consentId", consentOf(personId).toString()).put("reason", "CONSENT_IN_FORCE");
            } else {
                decision.put("reason", refusal);
            }
        }
        send(exchange, 200, JSON.writeValueAsString(body));
    }

    private static void terms(HttpExchange exchange) throws IOException {
        if (readsHang) {
            await();
        }
        String path = exchange.getRequestURI().getPath();
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        ObjectNode consent = TERMS.getOrDefault(id, JSON.createObjectNode().put("id", id.toString()));
        send(exchange, 200, JSON.writeValueAsString(consent));
    }

    private static void await() {
        try {
            released.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
