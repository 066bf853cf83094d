package se.sip.platform.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;

/**
 * The {@link Caller} of the current request, from the verified token. A token without a usable subject,
 * organisation or organisation type is not accepted (401); nor is an individual's token whose subject is not a valid
 * personal identity number, that names an organisation, or that carries another role as well.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    @Inject
    PersonRefs personRefs;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = fromToken();
        }
        return caller;
    }

    private Caller fromToken() {
        Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
        String org = jwt.getClaim("org");
        String orgType = jwt.getClaim("orgType");
        if (groups.contains(Roles.INDIVIDUAL)) {
            return individual(groups, org, orgType);
        }
        if (jwt.getSubject() == null || org == null || org.isBlank() || orgType == null) {
            throw new AuthenticationFailedException("token lacks sub, org or orgType");
        }
        OrgType type;
        try {
            type = OrgType.valueOf(orgType);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("token has an unknown orgType");
        }
        return new Caller(jwt.getSubject(), org, type, groups);
    }

    /** The person acts for no organisation and in no other role: anything else in the token makes it ambiguous. */
    private Caller individual(Set<String> groups, String org, String orgType) {
        if (org != null || orgType != null || groups.stream().filter(Roles.ALL::contains).count() > 1) {
            throw new AuthenticationFailedException("an individual's token names no organisation and no other role");
        }
        PersonalIdentityNumber number;
        try {
            number = PersonalIdentityNumber.parse(jwt.getSubject() == null ? "" : jwt.getSubject());
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException("an individual's sub is their personal identity number");
        }
        return Caller.individual(personRefs.of(number));
    }
}
