package se.sip.platform.rest;

import jakarta.ws.rs.core.EntityTag;

import se.sip.platform.problem.ProblemException;
import se.sip.platform.problem.ProblemType;

/** Optimistic locking over HTTP: a resource's {@code version} is its ETag, and {@code If-Match} guards updates. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Like {@link #requireMatch}, but an absent {@code If-Match} is refused with 428: for updates of shared documents,
     * where a blind write would silently undo another organisation's edit.
     */
    public static void requirePresentMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This update needs an If-Match header with the version as read (the ETag).");
        }
        requireMatch(ifMatch, currentVersion);
    }

    /**
     * Passes when {@code ifMatch} is absent, {@code *}, or lists the current version (strong or weak form);
     * otherwise 412, and the caller should read the resource again before retrying.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + current + "\"")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource has changed (its version is now " + current + "); read it again and retry.");
    }
}
