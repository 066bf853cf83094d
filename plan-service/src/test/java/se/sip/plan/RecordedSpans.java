package se.sip.plan;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import org.awaitility.Awaitility;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;

/** The service's spans in tests: exported here, in memory, instead of over OTLP. */
@Singleton
@Unremovable
public class RecordedSpans implements SpanExporter {

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

    /** A span of trace {@code traceId} that matches, once one has ended. */
    SpanData await(String traceId, Predicate<SpanData> match) {
        List<SpanData> found = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> spans.stream().filter(s -> s.getTraceId().equals(traceId)).filter(match).toList(),
                        list -> !list.isEmpty());
        return found.get(0);
    }
}
