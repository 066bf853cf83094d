package se.sip.notification.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import se.sip.platform.security.OrgType;

/** An organisation's webhook: where to send which event types, and the secret the deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String orgId;

    /** The kind of the subscribing organisation, for the access log of its deliveries; absent before V13. */
    @Enumerated(EnumType.STRING)
    public OrgType orgType;

    public String callbackUrl;

    /** Comma-separated CloudEvent types. */
    public String eventTypes;

    /** The signing secret, encrypted ({@link SecretBox}): never the whsec_ value itself. */
    @Column(name = "secret")
    public String sealedSecret;

    /** During a rotation's overlap the previous secret, encrypted too. */
    @Column(name = "previous_secret")
    public String sealedPreviousSecret;

    public Instant previousSecretUntil;

    public Instant createdAt;

    /*
     * The circuit breaker: read here, written only by Deliveries' own updates (one statement each, so two workers
     * recording at once never lose a count), never by a save of the subscription.
     */

    /** The subscription's attempts that failed in a row since its last 2xx. */
    @Column(insertable = false, updatable = false)
    public int consecutiveFailures;

    /** While in the future, the breaker is open: none of its deliveries is attempted. */
    @Column(insertable = false, updatable = false)
    public Instant circuitOpenUntil;

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }

    /** The secrets that sign now: the current one, and during a rotation's overlap the previous one too. */
    public List<String> signingSecrets(Instant now, SecretBox box) {
        String current = box.open(id, sealedSecret);
        return sealedPreviousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(current, box.open(id, sealedPreviousSecret)) : List.of(current);
    }
}
