package se.sip.notification.routing;

import java.util.Set;

/**
 * What one event tells whom: the organisations to notify, a link (relative API path) to the object, and a short
 * text in Swedish and English. Never a personal identity number or a name: the receiver follows the link with its
 * own token.
 *
 * <p>{@code webhookOnly}: the organisations' webhooks subscribed to the event's type get it, their inboxes do not.
 * For events too frequent to read one by one (every change of a plan's content), which a partner's system may still
 * want to follow; such a notice has no text.
 */
public record Notice(Set<String> orgIds, String link, String textSv, String textEn, boolean webhookOnly) {

    public Notice {
        orgIds = Set.copyOf(orgIds);
    }

    /** A notice for the inbox and the webhooks. */
    public Notice(Set<String> orgIds, String link, String textSv, String textEn) {
        this(orgIds, link, textSv, textEn, false);
    }

    /** A notice for the subscribed webhooks alone: no inbox notification, so no text. */
    static Notice forWebhooksOnly(Set<String> orgIds, String link) {
        return new Notice(orgIds, link, null, null, true);
    }
}
