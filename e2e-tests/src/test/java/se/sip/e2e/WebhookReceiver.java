package se.sip.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint: takes every POST under {@code /hooks/<orgId>} and answers 204, keeping what came with
 * the Standard Webhooks headers, so that a test can check the signature as a partner would.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received. */
    record Delivery(String orgId, String id, String timestamp, String signature, String body) {
    }

    private static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/", WebhookReceiver::receive);
        server.start();
    }

    /** The callback URL for one organisation's subscription. */
    String callbackFor(Org org) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + org.id();
    }

    static List<Delivery> deliveries() {
        return List.copyOf(DELIVERIES);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void receive(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        DELIVERIES.add(new Delivery(path.substring("/hooks/".length()), exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }
}
