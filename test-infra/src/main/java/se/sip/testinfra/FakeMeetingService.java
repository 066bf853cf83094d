package se.sip.testinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for meeting-service's reads the other services make with their service token (a
 * meeting, its invitation's .ics, its minutes, the individual's wishes): it answers what a test put at a path, 404
 * otherwise, and records each request's path and Authorization header. Sets {@code sip.meeting-service.url}.
 */
public class FakeMeetingService implements QuarkusTestResourceLifecycleManager {

    /** One request as received. */
    public record Request(String path, String authorization) {
    }

    private record Answer(String contentType, String body) {
    }

    private static final String MEETINGS = "/api/v1/meetings/";
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<UUID, Integer> FAILURES = new ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(MEETINGS, FakeMeetingService::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return Map.of("sip.meeting-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** meeting-service's JSON at {@code path} (e.g. {@code /api/v1/meetings/<id>/minutes}) from now on. */
    public static void put(String path, String json) {
        put(path, "application/json", json);
    }

    public static void put(String path, String contentType, String body) {
        ANSWERS.put(path, new Answer(contentType, body));
    }

    /** Answers the next {@code times} requests about this meeting with 503, as a meeting-service being restarted. */
    public static void failNext(UUID meetingId, int times) {
        FAILURES.put(meetingId, times);
    }

    public static List<Request> requestsFor(UUID meetingId) {
        return REQUESTS.stream().filter(r -> r.path().contains(meetingId.toString())).toList();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(new Request(path, exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = ANSWERS.get(path);
        int status = answer == null ? 404 : 200;
        UUID meeting = meetingOf(path);
        if (meeting != null && FAILURES.getOrDefault(meeting, 0) > 0) {
            FAILURES.merge(meeting, -1, Integer::sum);
            status = 503;
        }
        byte[] bytes = (status == 200 ? answer.body() : "{\"status\": " + status + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? answer.contentType()
                : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static UUID meetingOf(String path) {
        try {
            return UUID.fromString(path.substring(MEETINGS.length()).split("/")[0]);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
