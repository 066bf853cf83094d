package se.sip.testinfra;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import org.awaitility.Awaitility;

import io.quarkus.arc.Unremovable;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A service's spans in its tests: exported in memory instead of over OTLP (which tests switch off). test-infra is a
 * bean archive, so this is a bean in every service's tests, and Quarkus exports to it.
 */
@Singleton
@Unremovable
public class TestSpans implements SpanExporter {

    private final Queue<SpanData> spans = new ConcurrentLinkedQueue<>();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        spans.addAll(batch);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    public List<SpanData> all(String traceId) {
        return spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    /** A span of trace {@code traceId} that matches, once one has ended. */
    public SpanData await(String traceId, Predicate<SpanData> match) {
        List<SpanData> found = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> spans.stream().filter(s -> s.getTraceId().equals(traceId)).filter(match).toList(),
                        list -> !list.isEmpty());
        return found.get(0);
    }
}
