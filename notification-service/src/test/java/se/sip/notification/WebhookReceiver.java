package se.sip.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint: a real HTTP server on this machine that records each request and answers as the test
 * scripts it (status codes one after another, holding the request past the sender's timeout, answering its status
 * and then never ending the body, or answering every request only after a while).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(Instant at, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    static final int HANG = -1;
    /** 200 and its headers at once, then a body that never ends (until the test ends). */
    static final int TRICKLE = -2;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int otherwise = 204;
    private volatile String retryAfter;
    private volatile Duration slowness = Duration.ZERO;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers these statuses (or {@link #HANG}) to the next requests, then {@code then} to every later one. */
    WebhookReceiver answering(int then, int... first) {
        for (int status : first) {
            script.add(status);
        }
        otherwise = then;
        return this;
    }

    /** Answers every request only after this long. */
    WebhookReceiver slow(Duration answerAfter) {
        slowness = answerAfter;
        return this;
    }

    /** Sends {@code Retry-After} with every 429 and 503. */
    WebhookReceiver retryAfter(int seconds) {
        retryAfter = Integer.toString(seconds);
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedFor(String eventId) {
        return received.stream().filter(r -> eventId.equals(r.header("webhook-id"))).toList();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        received.add(new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body));
        Integer scripted = script.poll();
        IntSupplier status = () -> scripted != null ? scripted : otherwise;
        if (status.getAsInt() == HANG || status.getAsInt() == TRICKLE) {
            if (status.getAsInt() == TRICKLE) {
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().write("{".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
            }
            try {
                // Longer than the sender waits; released when the test ends.
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (!slowness.isZero()) {
            try {
                released.await(slowness.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (retryAfter != null && (status.getAsInt() == 429 || status.getAsInt() == 503)) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status.getAsInt(), -1);
        exchange.close();
    }
}
