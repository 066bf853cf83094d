package se.sip.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

import se.sip.notification.webhook.Deliveries.Due;
import se.sip.platform.tracing.TraceContext;

/**
 * One webhook attempt: a POST of the CloudEvent with the Standard Webhooks headers, never following a redirect (a 3xx
 * is a failure). It must connect within {@code connect-timeout} and have the whole answer within {@code read-timeout}
 * after that, or it fails as a timeout: a slow or hanging receiver holds a worker at most the two together. The
 * callback's address is checked again first, in case its DNS name has come to point into a private network.
 */
@ApplicationScoped
class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final CallbackPolicy callbacks;
    private final WebhookConfig config;
    private final Clock clock;
    private final Tracer tracer;
    private final HttpClient http;

    WebhookSender(CallbackPolicy callbacks, WebhookConfig config, Clock clock, Tracer tracer) {
        this.callbacks = callbacks;
        this.config = config;
        this.clock = clock;
        this.tracer = tracer;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    /** An attempt in a span of the delivery's trace; the receiver gets its context as {@code traceparent}. */
    public DeliveryOutcome send(Due due) {
        Span span = tracer.spanBuilder("POST").setParent(due.trace().asParent()).setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", "POST")
                .setAttribute("cloudevents.event_id", due.eventId())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            DeliveryOutcome outcome = attempt(due);
            if (outcome.statusCode() != null) {
                span.setAttribute("http.response.status_code", outcome.statusCode().longValue());
            }
            if (!outcome.delivered()) {
                span.setStatus(StatusCode.ERROR, outcome.error() != null ? outcome.error() : "not delivered");
            }
            return outcome;
        } finally {
            span.end();
        }
    }

    private DeliveryOutcome attempt(Due due) {
        long started = System.nanoTime();
        URI uri;
        try {
            uri = callbacks.check(due.callbackUrl());
        } catch (CallbackPolicy.RefusedCallback e) {
            return new DeliveryOutcome(null, e.getMessage(), null, 0);
        }
        long timestamp = clock.instant().getEpochSecond();
        Duration limit = config.connectTimeout().plus(config.readTimeout());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(limit)
                .header("Content-Type", CONTENT_TYPE)
                .header("webhook-id", due.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(due.secrets(), due.eventId(), timestamp,
                        due.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(due.payload()));
        TraceContext trace = TraceContext.current();
        if (trace.present()) {
            request.header(TraceContext.TRACEPARENT, trace.traceparent());
            if (trace.tracestate() != null) {
                request.header(TraceContext.TRACESTATE, trace.tracestate());
            }
        }
        // The request's timeout bounds the wait for the status and headers; the deadline here the body too.
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<Void> response = answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new DeliveryOutcome(response.statusCode(), null,
                    response.headers().firstValue("Retry-After").flatMap(this::retryAfter).orElse(null),
                    millisSince(started));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new DeliveryOutcome(null, readTimeout(), null, millisSince(started));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                return new DeliveryOutcome(null, "timeout: no connection within " + config.connectTimeout().toMillis()
                        + " ms", null, millisSince(started));
            }
            if (cause instanceof HttpTimeoutException) {
                return new DeliveryOutcome(null, readTimeout(), null, millisSince(started));
            }
            return new DeliveryOutcome(null, "connection failed (" + (cause == null ? e : cause).getClass().getSimpleName()
                    + ")", null, millisSince(started));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new DeliveryOutcome(null, "interrupted", null, millisSince(started));
        }
    }

    private String readTimeout() {
        return "timeout: no answer within " + config.readTimeout().toMillis() + " ms";
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110). */
    private Optional<Duration> retryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(Duration.between(clock.instant(), at)).filter(d -> !d.isNegative());
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
