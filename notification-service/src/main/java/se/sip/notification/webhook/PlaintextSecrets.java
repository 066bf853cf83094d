package se.sip.notification.webhook;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Encrypts the signing secrets stored in plaintext before they were encrypted at rest (V12): a Flyway migration has
 * no key, so the service does it at start-up, in batches of its own transactions until none is left. Idempotent and
 * safe on several replicas at once: only values without the {@code v1:} prefix are taken, rows another replica holds
 * are skipped ({@code FOR UPDATE SKIP LOCKED}), and a value is replaced only if it is still the one read. A plaintext
 * written later by a replica of the earlier version (a rolling update) is encrypted on its first delivery
 * ({@link Deliveries}). It also opens one encrypted secret, so that a key other than the one they were encrypted with
 * stops the service at start-up instead of failing every delivery.
 */
@ApplicationScoped
class PlaintextSecrets {

    private static final Logger LOG = Logger.getLogger(PlaintextSecrets.class);
    private static final int BATCH = 100;

    private final EntityManager em;
    private final SecretBox box;

    PlaintextSecrets(EntityManager em, SecretBox box) {
        this.em = em;
        this.box = box;
    }

    void onStart(@Observes StartupEvent started) {
        int converted = convertAll();
        if (converted > 0) {
            LOG.infof("Encrypted the signing secrets of %d webhook subscriptions stored in plaintext", converted);
        }
        QuarkusTransaction.requiringNew().run(this::checkKey);
    }

    /** Encrypts every plaintext secret left; the number of subscriptions this call converted. */
    int convertAll() {
        int converted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::convertBatch);
            converted += batch;
        } while (batch > 0);
        return converted;
    }

    @SuppressWarnings("unchecked")
    private int convertBatch() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, secret, previous_secret from webhook_subscription
                where secret not like 'v1:%' or previous_secret not like 'v1:%'
                limit :batch for update skip locked""")
                .setParameter("batch", BATCH)
                .getResultList();
        for (Object[] row : rows) {
            seal(em, box, (UUID) row[0], (String) row[1], (String) row[2]);
        }
        return rows.size();
    }

    /** The subscription's secrets encrypted, unless they changed since they were read (a rotation won). */
    static void seal(EntityManager em, SecretBox box, UUID id, String secret, String previousSecret) {
        em.createNativeQuery("""
                update webhook_subscription set secret = :sealed, previous_secret = :sealedPrevious
                where id = :id and secret = :secret
                    and previous_secret is not distinct from cast(:previous as varchar)""")
                .setParameter("sealed", SecretBox.sealed(secret) ? secret : box.seal(id, secret))
                .setParameter("sealedPrevious", previousSecret == null || SecretBox.sealed(previousSecret)
                        ? previousSecret : box.seal(id, previousSecret))
                .setParameter("id", id)
                .setParameter("secret", secret)
                .setParameter("previous", previousSecret)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private void checkKey() {
        List<Object[]> one = em.createNativeQuery(
                "select id, secret from webhook_subscription where secret like 'v1:%' limit 1").getResultList();
        for (Object[] row : one) {
            box.open((UUID) row[0], (String) row[1]);
        }
    }
}
