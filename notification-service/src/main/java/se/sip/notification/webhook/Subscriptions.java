package se.sip.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import se.sip.notification.routing.NoticeRules;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/** An organisation's webhook subscriptions and their deliveries; each organisation sees only its own. */
@ApplicationScoped
class Subscriptions {

    /** A subscription with its signing secret, to be shown this once: it is stored only encrypted. */
    record WithSecret(WebhookSubscription subscription, String secret) {
    }

    private final CallbackPolicy callbacks;
    private final WebhookConfig config;
    private final SecretBox secrets;
    private final Clock clock;

    Subscriptions(CallbackPolicy callbacks, WebhookConfig config, SecretBox secrets, Clock clock) {
        this.callbacks = callbacks;
        this.config = config;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Transactional
    public WithSecret subscribe(Caller caller, String callbackUrl, List<String> eventTypes) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!NoticeRules.NOTIFYING_TYPES.contains(eventTypes.get(i))) {
                unknown.add(new Problem.FieldError("eventTypes[" + i + "]",
                        "is not an event type that notifies an organisation"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        try {
            callbacks.check(callbackUrl);
        } catch (CallbackPolicy.RefusedCallback e) {
            throw ProblemException.ruleViolation(e.getMessage());
        }
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.orgId = caller.org();
        s.orgType = caller.orgType();
        s.callbackUrl = callbackUrl;
        s.eventTypes = String.join(",", new LinkedHashSet<>(eventTypes));
        String secret = WebhookSignature.newSecret();
        s.sealedSecret = secrets.seal(s.id, secret);
        s.createdAt = clock.instant();
        s.persist();
        return new WithSecret(s, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription read(Caller caller, UUID id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !caller.belongsTo(s.orgId)) {
            throw ProblemException.notFound("Subscription");
        }
        return s;
    }

    /** The caller's organisation's subscriptions, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public se.sip.platform.paging.Page<WebhookSubscription> list(Caller caller, PageRequest page) {
        PanacheQuery<WebhookSubscription> query = WebhookSubscription.find("orgId = :org",
                Sort.ascending("createdAt").and("id"), Parameters.with("org", caller.org()));
        return new se.sip.platform.paging.Page<>(query.page(Page.of(page.page, page.size)).list(), page.page,
                page.size, query.count());
    }

    /** Ends the subscription with its deliveries and their history: nothing more is sent to it. */
    @Transactional
    public void unsubscribe(Caller caller, UUID id) {
        read(caller, id);
        WebhookDelivery.<WebhookDelivery>list("subscriptionId", id).forEach(WebhookDelivery::delete);
        WebhookSubscription.deleteById(id);
    }

    /**
     * A new secret; the previous one goes on signing, beside it, until the overlap ends. Both are stored encrypted
     * (the previous one too if it was still a plaintext from before the encryption).
     */
    @Transactional
    public WithSecret rotateSecret(Caller caller, UUID id) {
        WebhookSubscription s = read(caller, id);
        s.sealedPreviousSecret = secrets.seal(s.id, secrets.open(s.id, s.sealedSecret));
        s.previousSecretUntil = clock.instant().plus(config.rotationOverlap());
        String secret = WebhookSignature.newSecret();
        s.sealedSecret = secrets.seal(s.id, secret);
        return new WithSecret(s, secret);
    }

    /** The subscription's deliveries, newest first, optionally only those in one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public se.sip.platform.paging.Page<WebhookDelivery> deliveries(Caller caller, UUID id, DeliveryStatus status,
            PageRequest page) {
        read(caller, id);
        Parameters params = Parameters.with("subscription", id);
        String where = "subscriptionId = :subscription";
        if (status != null) {
            where += " and status = :status";
            params = params.and("status", status);
        }
        PanacheQuery<WebhookDelivery> query = WebhookDelivery.find(where,
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), params);
        return new se.sip.platform.paging.Page<>(query.page(Page.of(page.page, page.size)).list(), page.page,
                page.size, query.count());
    }

    /**
     * Sends a delivery again now, whatever became of it: one more attempt, parked again if that fails; while the
     * subscription's breaker is open, once it closes. One whose attempt is under way is left to it.
     */
    @Transactional
    public WebhookDelivery resend(Caller caller, UUID id, UUID deliveryId) {
        read(caller, id);
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || !d.subscriptionId.equals(id)) {
            throw ProblemException.notFound("Delivery");
        }
        Instant now = clock.instant();
        if (d.status == DeliveryStatus.PENDING && d.leaseToken != null && d.nextAttemptAt != null
                && d.nextAttemptAt.isAfter(now)) {
            // A worker holds it and is attempting it now: a second claim must not send it again meanwhile.
            return d;
        }
        d.status = DeliveryStatus.PENDING;
        d.resent = true;
        d.nextAttemptAt = now;
        d.deliveredAt = null;
        return d;
    }
}
