package se.sip.notification.routing;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Sets of organisation ids to tell, made from what an event names and what the projections know. */
final class OrgIds {

    private OrgIds() {
    }

    /** The org ids an event names (null: none, nulls left out), then the known ones; a set the caller may change. */
    static Set<String> union(Collection<String> named, Collection<String> known) {
        Set<String> orgs = new LinkedHashSet<>();
        if (named != null) {
            named.stream().filter(Objects::nonNull).forEach(orgs::add);
        }
        orgs.addAll(known);
        return orgs;
    }

    /** The one org id an event names; none when it names none. */
    static Set<String> only(String orgId) {
        return orgId == null ? Set.of() : Set.of(orgId);
    }

    static void addLead(Set<String> orgs, String leadOrgId) {
        if (leadOrgId != null) {
            orgs.add(leadOrgId);
        }
    }
}
