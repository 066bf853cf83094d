package se.sip.notification.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation's webhook: where to send which event types, and the secret the deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String orgId;

    public String callbackUrl;

    /** Comma-separated CloudEvent types. */
    public String eventTypes;

    public String secret;

    public String previousSecret;

    public Instant previousSecretUntil;

    public Instant createdAt;

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }

    /** The secrets that sign now: the current one, and during a rotation's overlap the previous one too. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }
}
