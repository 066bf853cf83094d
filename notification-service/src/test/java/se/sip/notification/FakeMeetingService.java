package se.sip.notification;

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
 * A real HTTP server standing in for meeting-service's {@code GET /api/v1/meetings/{id}} and its
 * {@code invitation.ics}: it answers what a test put there (meeting-service's JSON, personal identity number and
 * names included, and its .ics), 404 otherwise, and records each request's path and Authorization header.
 */
public class FakeMeetingService implements QuarkusTestResourceLifecycleManager {

    /** One request as received. */
    public record Request(String path, String authorization) {
    }

    private static final Map<UUID, String> MEETINGS = new ConcurrentHashMap<>();
    private static final Map<UUID, String> INVITATIONS = new ConcurrentHashMap<>();
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
        server.createContext("/api/v1/meetings/", FakeMeetingService::answer);
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

    static void put(UUID meetingId, String meetingJson, String ics) {
        MEETINGS.put(meetingId, meetingJson);
        INVITATIONS.put(meetingId, ics);
    }

    /** Answers the next {@code times} requests about this meeting with 503, as a meeting-service being restarted. */
    static void failNext(UUID meetingId, int times) {
        FAILURES.put(meetingId, times);
    }

    static List<Request> requestsFor(UUID meetingId) {
        return REQUESTS.stream().filter(r -> r.path().contains(meetingId.toString())).toList();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(new Request(path, exchange.getRequestHeaders().getFirst("Authorization")));
        String[] parts = path.substring("/api/v1/meetings/".length()).split("/");
        String body = null;
        String type = "application/json";
        int status = 200;
        try {
            UUID id = UUID.fromString(parts[0]);
            if (FAILURES.getOrDefault(id, 0) > 0) {
                FAILURES.merge(id, -1, Integer::sum);
                status = 503;
            } else if (parts.length == 1) {
                body = MEETINGS.get(id);
            } else if (parts.length == 2 && parts[1].equals("invitation.ics")) {
                body = INVITATIONS.get(id);
                type = "text/calendar; charset=UTF-8";
            }
        } catch (IllegalArgumentException notAnId) {
            body = null;
        }
        if (status == 200 && body == null) {
            status = 404;
        }
        byte[] bytes = (status == 200 ? body : "{\"status\": " + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? type : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
