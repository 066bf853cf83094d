package se.sip.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * The token a service shows when it calls another service of ours: RS256, signed with the deployment's key
 * ({@code smallrye.jwt.sign.key.location}), naming the service as subject and carrying only the {@code integration}
 * role. Minted per call and short-lived: signing costs about a millisecond, and a token that leaks expires soon.
 */
@ApplicationScoped
public class ServiceTokens {

    @ConfigMapping(prefix = "sip.service-token")
    public interface Config {
        /** The {@code org} claim of our own services' tokens. */
        @WithDefault("sip-platform")
        String org();

        @WithDefault("PT2M")
        Duration lifespan();
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
     */
    public boolean isOwnService(Caller caller) {
        return caller.belongsTo(config.org()) && caller.hasRole(Roles.INTEGRATION);
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
                .algorithm(SignatureAlgorithm.RS256)
                .sign();
    }
}
