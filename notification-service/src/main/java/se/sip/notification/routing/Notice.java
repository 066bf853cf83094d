package se.sip.notification.routing;

import java.util.Set;

/**
 * What one event tells whom: the organisations to notify, a link (relative API path) to the object, and a short
 * text in Swedish and English. Never a personal identity number or a name: the receiver follows the link with its
 * own token.
 */
public record Notice(Set<String> orgIds, String link, String textSv, String textEn) {

    public Notice {
        orgIds = Set.copyOf(orgIds);
    }
}
