package se.sip.testinfra;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.build.JwtSignatureBuilder;

/**
 * Mints RS256 JWTs for tests, as the identity provider and as our services do. The services verify them with the key
 * set that {@link InfrastructureResource} hands them ({@link #verificationKeySet()}): the identity provider's current
 * and previous key (a rotation in progress) and each of our services' own key, each under its key id, which every
 * token names. Our services sign their own tokens with their keys ({@link #servicePrivateKeyPem}).
 */
public final class Tokens {

    public static final String ISSUER = "sip-test";
    /** The deployment the test services are: a token must name it in "aud". */
    public static final String AUDIENCE = "sip-test";

    /** Our services, each signing its tokens with a key of its own. */
    public static final List<String> SERVICES = List.of("consent-service", "meeting-service", "plan-service",
            "notification-service");
    /** How our services' key ids begin (platform ServiceTokens). */
    public static final String SERVICE_KEY_ID_PREFIX = "sip-service.";
    static final String KEY_ID = "idp-2026";
    static final String PREVIOUS_KEY_ID = "idp-2025";

    // Per class loader, like InfrastructureResource, which publishes these keys: Quarkus loads both together.
    private static final KeyPair KEYS = generateKeyPair();
    private static final KeyPair PREVIOUS = generateKeyPair();
    private static final KeyPair STRANGER = generateKeyPair();
    private static final Map<String, KeyPair> SERVICE_KEYS = SERVICES.stream()
            .collect(Collectors.toUnmodifiableMap(service -> service, service -> generateKeyPair()));

    private Tokens() {
    }

    /** A token valid for one hour. */
    public static String token(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), KEY_ID, AUDIENCE, now, now.plus(Duration.ofHours(1)), sub, org, orgType, groups);
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
        return sign(KEYS.getPrivate(), KEY_ID, AUDIENCE, now.minus(Duration.ofMinutes(70)),
                now.minus(Duration.ofMinutes(10)), sub, org, orgType, groups);
    }

    /** A token for another deployment: valid in every way but its audience. */
    public static String forAudience(String audience, String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), KEY_ID, audience, now, now.plus(Duration.ofHours(1)), sub, org, orgType, groups);
    }

    /** A token issued two hours ago that has not expired yet: older than the services accept. */
    public static String tooOld(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), KEY_ID, AUDIENCE, now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)),
                sub, org, orgType, groups);
    }

    /** A token that is valid in every way except that a key the services do not trust signed it. */
    public static String signedByStranger(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(STRANGER.getPrivate(), KEY_ID, AUDIENCE, now, now.plus(Duration.ofHours(1)), sub, org, orgType,
                groups);
    }

    /** A token the identity provider signed with its previous key, still trusted while a rotation is in progress. */
    public static String signedWithPreviousKey(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(PREVIOUS.getPrivate(), PREVIOUS_KEY_ID, AUDIENCE, now, now.plus(Duration.ofHours(1)), sub, org,
                orgType, groups);
    }

    /** A token signed with a trusted key but naming no key id: with several keys trusted, none is chosen for it. */
    public static String withoutKeyId(String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return sign(KEYS.getPrivate(), null, AUDIENCE, now, now.plus(Duration.ofHours(1)), sub, org, orgType, groups);
    }

    /** The person themselves, signed in with e-identification: their number as {@code sub}, no organisation. */
    public static String individual(String personId) {
        return token(personId, null, null, "individual");
    }

    /** A request as the person themselves ({@link #individual}). */
    public static RequestSpecification asIndividual(String personId) {
        return RestAssured.given().header("Authorization", "Bearer " + individual(personId))
                .contentType(ContentType.JSON);
    }

    /** {@code "Bearer <token>"} of {@code service} as our services mint it: signed with that service's own key. */
    public static String service(String service) {
        return serviceSigned(service, service, "sip-platform", "OTHER", "integration");
    }

    /** {@code "Bearer <token>"} with these claims, signed with {@code keyOf}'s service key under its key id. */
    public static String serviceSigned(String keyOf, String sub, String org, String orgType, String... groups) {
        Instant now = Instant.now();
        return "Bearer " + sign(SERVICE_KEYS.get(keyOf).getPrivate(), SERVICE_KEY_ID_PREFIX + keyOf, AUDIENCE, now,
                now.plus(Duration.ofMinutes(2)), sub, org, orgType, groups);
    }

    /** {@code service}'s signing key as PEM (PKCS#8), for the service under test to mint its own tokens with. */
    public static String servicePrivateKeyPem(String service) {
        return pem("PRIVATE KEY", SERVICE_KEYS.get(service).getPrivate().getEncoded());
    }

    /** The JWK set (RFC 7517) the services verify with: the identity provider's two keys and every service's. */
    public static String verificationKeySet() {
        List<String> keys = new ArrayList<>(List.of(jwk(KEY_ID, KEYS), jwk(PREVIOUS_KEY_ID, PREVIOUS)));
        SERVICES.forEach(service -> keys.add(jwk(SERVICE_KEY_ID_PREFIX + service, SERVICE_KEYS.get(service))));
        return "{\"keys\":[" + String.join(",", keys) + "]}";
    }

    private static String jwk(String keyId, KeyPair pair) {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}";
    }

    /** An unsigned big-endian integer without leading zeros, base64url without padding (RFC 7518 6.3.1). */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int from = bytes[0] == 0 && bytes.length > 1 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(bytes, from, bytes.length));
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    private static String sign(PrivateKey key, String keyId, String audience, Instant issuedAt, Instant expiresAt,
            String sub, String org, String orgType, String... groups) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(audience)
                .subject(sub)
                .groups(new LinkedHashSet<>(List.of(groups)));
        // An individual's token names no organisation: the claims are left out, not null.
        if (org != null) {
            claims.claim("org", org);
        }
        if (orgType != null) {
            claims.claim("orgType", orgType);
        }
        JwtSignatureBuilder jws = claims
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString())
                .jws()
                .algorithm(SignatureAlgorithm.RS256);
        return (keyId == null ? jws : jws.keyId(keyId)).sign(key);
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
