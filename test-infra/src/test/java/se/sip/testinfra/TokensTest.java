package se.sip.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class TokensTest {

    // Verifies the way the services do: the published PEM key, RS256 only, our issuer and audience, 30 s skew.
    private final JwtConsumer verifier = new JwtConsumerBuilder()
            .setVerificationKey(publicKeyFromPem(Tokens.publicKeyPem()))
            .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .setExpectedIssuer(Tokens.ISSUER)
            .setExpectedAudience(Tokens.AUDIENCE)
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireJwtId()
            .setAllowedClockSkewInSeconds(30)
            .build();

    @Test
    void tokenCarriesTheClaimsTheServicesRead() throws Exception {
        JwtClaims claims = verifier.processToClaims(Tokens.token("anna", "org-1", "MUNICIPALITY", "caseworker", "admin"));

        assertEquals("anna", claims.getSubject());
        assertEquals("org-1", claims.getStringClaimValue("org"));
        assertEquals("MUNICIPALITY", claims.getStringClaimValue("orgType"));
        assertEquals(List.of("caseworker", "admin"), claims.getStringListClaimValue("groups"));
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertTrue(lifetime >= 3590 && lifetime <= 3610, "about one hour: " + lifetime);
        assertTrue(Tokens.bearer("anna", "org-1", "MUNICIPALITY").startsWith("Bearer ey"));
    }

    @Test
    void expiredAndForeignTokensAreRejected() {
        InvalidJwtException expired = assertThrows(InvalidJwtException.class,
                () -> verifier.processToClaims(Tokens.expired("anna", "org-1", "MUNICIPALITY")));
        assertTrue(expired.hasExpired());

        InvalidJwtException foreign = assertThrows(InvalidJwtException.class,
                () -> verifier.processToClaims(Tokens.signedByStranger("anna", "org-1", "MUNICIPALITY")));
        assertTrue(foreign.getMessage().contains("signature"), foreign.getMessage());
    }

    private static PublicKey publicKeyFromPem(String pem) {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
