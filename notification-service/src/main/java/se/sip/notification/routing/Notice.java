package se.sip.notification.routing;

import java.util.Objects;
import java.util.Set;

/**
 * What one event tells whom: the organisations to notify, a link (relative API path) to the object, and a short
 * text in Swedish and English. Never a personal identity number or a name: the receiver follows the link with its
 * own token.
 *
 * <p>{@code webhookOnly}: the organisations' webhooks subscribed to the event's type get it, their inboxes do not.
 * For events too frequent to read one by one (every change of a plan's content), which a partner's system may still
 * want to follow; such a notice has no text.
 *
 * <p>{@code audience}: whom in each organisation the notification is meant for, {@link Audience#ALL} unless a notice
 * is {@link #forManagers marked for its managers}. The inbox keeps it; the webhooks carry the event as it came.
 */
public record Notice(Set<String> orgIds, String link, String textSv, String textEn, boolean webhookOnly,
        Audience audience) {

    public Notice {
        orgIds = Set.copyOf(orgIds);
        Objects.requireNonNull(audience, "audience");
    }

    /** A notice for everyone of the organisations ({@link Audience#ALL}). */
    public Notice(Set<String> orgIds, String link, String textSv, String textEn, boolean webhookOnly) {
        this(orgIds, link, textSv, textEn, webhookOnly, Audience.ALL);
    }

    /** A notice for the inbox and the webhooks, for everyone of the organisations. */
    public Notice(Set<String> orgIds, String link, String textSv, String textEn) {
        this(orgIds, link, textSv, textEn, false);
    }

    /** A notice for the inbox and the webhooks, marked for the organisations' managers ({@link Audience#MANAGERS}). */
    static Notice forManagers(Set<String> orgIds, String link, String textSv, String textEn) {
        return new Notice(orgIds, link, textSv, textEn, false, Audience.MANAGERS);
    }

    /** A notice for the subscribed webhooks alone: no inbox notification, so no text. */
    static Notice forWebhooksOnly(Set<String> orgIds, String link) {
        return new Notice(orgIds, link, null, null, true);
    }
}
