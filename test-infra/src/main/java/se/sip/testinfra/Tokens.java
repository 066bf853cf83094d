package se.sip.testinfra;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * Mints RS256 JWTs for tests. The services verify them with the public key that
 * {@link InfrastructureResource} hands them ({@link #publicKeyPem()}).
 */
public final class Tokens {

    public static final String ISSUER = "sip-test";
    /** The deployment the test services are: a token must name it in "aud". */
    public static final String AUDIENCE = "sip-test";

    // Per class loader, like InfrastructureResource, which publishes this key: Quarkus loads both together.
    private static final KeyPair KEYS = generateKeyPair();
    private static final KeyPair STRANGER = generateKeyPair();

    private Tokens() {
    }

    /** A token valid for one hour. */
    public static String token(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), AUDIENCE, now, now.plus(Duration.ofHours(1)), sub, org, orgType, groups);
    }

    /** {@code "Bearer " + token(...)}, ready for an Authorization header. */
    public static String bearer(String sub, String org, String orgType, String... groups) {
        return "Bearer " + token(sub, org, orgType, groups);
    }

    /** A REST Assured request as this caller, sending JSON: how a service's tests call it. */
    public static RequestSpecification as(String sub, String org, String orgType, String... groups) {
        return RestAssured.given().header("Authorization", bearer(sub, org, orgType, groups))
                .contentType(ContentType.JSON);
    }

    /** A token that expired ten minutes ago: well beyond the verifier's default clock skew. */
    public static String expired(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), AUDIENCE, now.minus(Duration.ofMinutes(70)), now.minus(Duration.ofMinutes(10)),
                sub, org, orgType, groups);
    }

    /** A token for another deployment: valid in every way but its audience. */
    public static String forAudience(String audience, String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), audience, now, now.plus(Duration.ofHours(1)), sub, org, orgType, groups);
    }

    /** A token issued two hours ago that has not expired yet: older than the services accept. */
    public static String tooOld(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), AUDIENCE, now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)), sub,
                org, orgType, groups);
    }

    /** A token that is valid in every way except that a key the services do not trust signed it. */
    public static String signedByStranger(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(STRANGER.getPrivate(), AUDIENCE, now, now.plus(Duration.ofHours(1)), sub, org, orgType, groups);
    }

    /** The verification key as PEM (X.509 SubjectPublicKeyInfo). */
    public static String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(KEYS.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * The signing key as PEM (PKCS#8), for services that mint their own service tokens in tests: tokens they sign
     * verify like the ones minted here.
     */
    public static String privateKeyPem() {
        String base64 = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(KEYS.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    private static String sign(PrivateKey key, String audience, Instant issuedAt, Instant expiresAt,
            String sub, String org, String orgType, String... groups) {
        return Jwt.issuer(ISSUER)
                .audience(audience)
                .subject(sub)
                .claim("org", org)
                .claim("orgType", orgType)
                .groups(new LinkedHashSet<>(List.of(groups)))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString())
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(key);
    }

    private static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
