package se.sip.notification.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Each subscription's breaker, kept on its row so that every replica sees it: a 2xx closes it; a failure counts, and
 * the one that makes {@code breaker.failures} in a row (or a failed trial after it) opens it for the cool-down, during
 * which the subscription's deliveries are not claimed.
 */
@ApplicationScoped
class CircuitBreaker {

    private static final Logger LOG = Logger.getLogger(CircuitBreaker.class);

    private final EntityManager em;
    private final WebhookConfig config;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    CircuitBreaker(EntityManager em, WebhookConfig config, DeliveryMetrics metrics, Clock clock) {
        this.em = em;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One statement each way, so that concurrent records add up. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(UUID subscriptionId, boolean delivered) {
        if (delivered) {
            em.createNativeQuery("update webhook_subscription set consecutive_failures = 0, circuit_open_until = null"
                    + " where id = :id and (consecutive_failures <> 0 or circuit_open_until is not null)")
                    .setParameter("id", subscriptionId)
                    .executeUpdate();
            return;
        }
        int failures = config.breaker().failures();
        List<?> failed = em.createNativeQuery("""
                update webhook_subscription set consecutive_failures = consecutive_failures + 1,
                    circuit_open_until = case when consecutive_failures + 1 >= :failures then :until
                        else circuit_open_until end
                where id = :id returning consecutive_failures""")
                .setParameter("failures", failures)
                .setParameter("until", clock.instant().plus(config.breaker().coolDown()))
                .setParameter("id", subscriptionId)
                .getResultList();
        if (!failed.isEmpty() && ((Number) failed.get(0)).intValue() >= failures) {
            metrics.breakerOpened();
            LOG.infof("Webhook subscription %s failed %s times in a row: none of its deliveries is attempted for %s",
                    subscriptionId, failed.get(0), config.breaker().coolDown());
        }
    }
}
