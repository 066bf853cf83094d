package se.sip.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;

/**
 * The {@link Caller} of the current request, from the verified token. A token without a usable subject,
 * organisation or organisation type is not accepted (401).
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = fromToken();
        }
        return caller;
    }

    private Caller fromToken() {
        String org = jwt.getClaim("org");
        String orgType = jwt.getClaim("orgType");
        if (jwt.getSubject() == null || org == null || org.isBlank() || orgType == null) {
            throw new AuthenticationFailedException("token lacks sub, org or orgType");
        }
        OrgType type;
        try {
            type = OrgType.valueOf(orgType);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("token has an unknown orgType");
        }
        Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
        return new Caller(jwt.getSubject(), org, type, groups);
    }
}
