package se.sip.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The token verifier of every request, remembering for a minute each token it verified. A partner's system sends the
 * same token with each call, and checking its RSA signature and claims again for each cost a sixth of a read's CPU.
 * The whole token is the key, so only the very string that was verified counts as verified; an entry never outlives
 * the token's expiry or its maximum age ({@code mp.jwt.verify.token.age}), whichever comes first, so a remembered
 * token is never accepted when a fresh check would refuse it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private final DefaultJWTParser verifier;
    private final Cache<String, JsonWebToken> verified;

    VerifiedTokens(DefaultJWTParser verifier, @ConfigProperty(name = "mp.jwt.verify.token.age") long maxAgeSeconds) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfter(new Expiry<String, JsonWebToken>() {
                    @Override
                    public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
                        return rememberedFor(jwt.getExpirationTime(), jwt.getIssuedAtTime(), maxAgeSeconds,
                                Instant.now()).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long left) {
                        return left;
                    }

                    @Override
                    public long expireAfterRead(String token, JsonWebToken jwt, long now, long left) {
                        return left;
                    }
                })
                .build();
    }

    /** How long a token verified {@code now} is remembered; times in epoch seconds, 0 for a claim not given. */
    static Duration rememberedFor(long expiresAt, long issuedAt, long maxAgeSeconds, Instant now) {
        Instant until = now.plus(REMEMBERED);
        if (expiresAt > 0) {
            until = min(until, Instant.ofEpochSecond(expiresAt));
        }
        if (issuedAt > 0) {
            until = min(until, Instant.ofEpochSecond(issuedAt + maxAgeSeconds));
        }
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = verifier.parse(token);
        verified.put(token, jwt);
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
