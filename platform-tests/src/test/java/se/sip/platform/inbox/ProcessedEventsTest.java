package se.sip.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.testinfra.InfrastructureResource;

/** The platform's consumer deduplication, against the real database. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void anEventDeliveredTwiceHasOneEffect() {
        String eventId = UUID.randomUUID().toString();
        AtomicInteger effects = new AtomicInteger();
        Runnable consumer = () -> {
            if (processed.firstDelivery("test-consumer", eventId)) {
                effects.incrementAndGet();
            }
        };
        QuarkusTransaction.requiringNew().run(consumer);
        QuarkusTransaction.requiringNew().run(consumer);
        assertEquals(1, effects.get());
        // Another consumer of the same event has its own record.
        assertEquals(true, QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("other-consumer", eventId)));
    }

    @Test
    void anEffectThatRollsBackLeavesTheEventToBeHandledAgain() {
        String eventId = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            processed.firstDelivery("test-consumer", eventId);
            throw new IllegalStateException("the effect failed");
        }));
        assertEquals(true, QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("test-consumer", eventId)));
    }

    @Test
    void itRefusesToRunOutsideTheEffectsTransaction() {
        assertThrows(jakarta.transaction.TransactionalException.class,
                () -> processed.firstDelivery("test-consumer", UUID.randomUUID().toString()));
    }
}
