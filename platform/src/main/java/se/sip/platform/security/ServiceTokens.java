package se.sip.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * The token a service shows when it calls another service of ours: RS256, signed with the calling service's own key
 * ({@code smallrye.jwt.sign.key.location}), never the identity provider's, under the key id
 * {@value #KEY_ID_PREFIX}{@code <service>}; naming the service as subject and carrying only the {@code integration}
 * role. Minted per call and short-lived: signing costs about a millisecond, and a token that leaks expires soon.
 * Which calls each service's tokens may make here, and that only its own key signs them, {@link ServiceTokenScope}
 * decides.
 */
@ApplicationScoped
public class ServiceTokens {

    /** How the key ids of our services' keys begin; the identity provider's keys must not be named so. */
    public static final String KEY_ID_PREFIX = "sip-service.";

    @ConfigMapping(prefix = "sip.service-token")
    public interface Config {
        /** The {@code org} claim of our own services' tokens. */
        @WithDefault("sip-platform")
        String org();

        @WithDefault("PT2M")
        Duration lifespan();

        /**
         * The key id this service signs with: {@value #KEY_ID_PREFIX}{@code <service>} unless set, and after a
         * rotation {@value #KEY_ID_PREFIX}{@code <service>.<suffix>} while both keys are in the verification set.
         */
        Optional<String> keyId();

        /**
         * The calls each of our services may make to this one with its token, by its name: {@code "METHOD /path"},
         * {@code *} standing for one path segment. A service not named may make none.
         */
        Map<String, List<String>> allowed();
    }

    private final Config config;
    private final String service;
    private final String issuer;
    private final String audience;

    /** Our services are one deployment: a service token names the audience every one of them verifies. */
    ServiceTokens(Config config, @ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences) {
        this.config = config;
        this.service = service;
        this.issuer = issuer;
        this.audience = audiences.get(0);
    }

    /**
     * Whether the caller is one of our own services (the integration role under our services' organisation), which
     * may read what it needs to act for every party, e.g. notification-service a meeting's invitees to mail them.
     * Only a token that {@link ServiceTokenScope} let through gets this far.
     */
    public boolean isOwnService(Caller caller) {
        return caller.belongsTo(config.org()) && caller.hasRole(Roles.INTEGRATION);
    }

    /** Whether {@code keyId} names a key of our services at all. */
    static boolean isServiceKey(String keyId) {
        return keyId != null && keyId.startsWith(KEY_ID_PREFIX);
    }

    /** Whether {@code keyId} names a key of {@code service} itself, current or rotated. */
    static boolean isKeyOf(String keyId, String service) {
        String own = KEY_ID_PREFIX + service;
        return keyId != null && (keyId.equals(own) || keyId.startsWith(own + "."));
    }

    /** The calls {@code service}'s tokens may make here. */
    List<String> allowedFor(String service) {
        return config.allowed().getOrDefault(service, List.of());
    }

    /** {@code "Bearer <token>"}, for an Authorization header. */
    public String bearer() {
        return "Bearer " + Jwt.issuer(issuer)
                .audience(audience)
                .subject(service)
                .claim("org", config.org())
                .claim("orgType", OrgType.OTHER.name())
                .groups(Set.of(Roles.INTEGRATION))
                .expiresIn(config.lifespan())
                .jws()
                .keyId(config.keyId().orElse(KEY_ID_PREFIX + service))
                .algorithm(SignatureAlgorithm.RS256)
                .sign();
    }
}
