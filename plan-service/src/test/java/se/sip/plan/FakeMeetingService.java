package se.sip.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for meeting-service's reads the SIP document makes (a meeting, its minutes, the
 * individual's wishes): it answers the JSON a test put at a path, 404 otherwise.
 */
public class FakeMeetingService implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();
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

    /** meeting-service's JSON at {@code path} from now on. */
    static void put(String path, String json) {
        ANSWERS.put(path, json);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String json = ANSWERS.get(exchange.getRequestURI().getPath());
        byte[] body = (json == null ? "{\"status\": 404}" : json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(json == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
