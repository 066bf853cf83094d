package se.sip.testinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for consent-service's {@code consent-decisions}: it permits by default, answers
 * per person as a test dictates, records every request, and can be taken down to test an outage. Answers are keyed
 * by personal identity number, so that tests (each with its own person) do not disturb each other; a relative can be
 * left uncovered on its own (INVITE_RELATIVES asked with {@code relative=}).
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

    /** One request as received: its query parameters and Authorization header. */
    public record Request(Map<String, String> query, String authorization) {
    }

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, String> UNCOVERED_RELATIVES = new ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
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

    public static void refuse(String personId, String reason) {
        ANSWERS.put(personId, new Refuse(reason));
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

    /** Lets every held-back answer go; a held answer waits no longer than 20 s anyway. */
    public static void release() {
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

    public static List<Request> requestsAbout(String personId) {
        return REQUESTS.stream().filter(r -> personId.equals(r.query().get("personId"))).toList();
    }

    private static synchronized void startOn(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", wanted), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/consent-decisions", FakeConsentService::answer);
        // A thread per exchange, so that one held-back answer does not hold up the others.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        port = server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        REQUESTS.add(new Request(query, exchange.getRequestHeaders().getFirst("Authorization")));
        String personId = query.getOrDefault("personId", "");
        Answer answer = query.containsKey("relative")
                && query.get("relative").equals(UNCOVERED_RELATIVES.get(personId))
                ? new Refuse("RELATIVE_NOT_NAMED") : ANSWERS.get(personId);
        if (answer instanceof Hang) {
            try {
                released.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = 200;
        String body = "{\"permitted\": true, \"consentId\": \"" + UUID.randomUUID() + "\", \"reason\": \"CONSENT_IN_FORCE\"}";
        if (answer instanceof Refuse refuse) {
            body = "{\"permitted\": false, \"reason\": \"" + refuse.reason() + "\"}";
        } else if (answer instanceof Fail fail) {
            status = fail.status();
            body = "{\"status\": " + status + "}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        for (String pair : Optional.ofNullable(rawQuery).orElse("").split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
