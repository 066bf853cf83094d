package se.sip.platform.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The permitted writes an HTTP request logged with its change. Their rows commit or roll back with the change, so a
 * request refused after its access check (a function-level 403) would leave no trace without them
 * ({@link RefusedWriteLog}); and the last one names what an {@code Idempotency-Key} replay shows again.
 */
@RequestScoped
public class RequestAccesses {

    /** What an access log row names of the data: enough to log a later replay of the same response. */
    public record Accessed(String resourceType, String resourceId, String personRef) {
    }

    private final List<AccessLogEntry> writes = new ArrayList<>();

    void wrote(AccessLogEntry entry) {
        writes.add(entry);
    }

    List<AccessLogEntry> writes() {
        return List.copyOf(writes);
    }

    /** The object the request last changed or created, when it concerns a person. */
    public Optional<Accessed> lastWrite() {
        return writes.isEmpty() ? Optional.empty() : Optional.of(writes.get(writes.size() - 1)).map(
                e -> new Accessed(e.resourceType, e.resourceId, e.personRef));
    }
}
