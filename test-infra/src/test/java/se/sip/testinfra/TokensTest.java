package se.sip.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

class TokensTest {

    // Verifies the way the services do: the published key set, the key its id names, RS256 only, our issuer and
    // audience, 30 s skew.
    private final JwtConsumer verifier = new JwtConsumerBuilder()
            .setVerificationKeyResolver(keySet())
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

    @Test
    void theKeySetVerifiesTheRotatedKeyAndEachServicesOwn() throws Exception {
        assertEquals("anna", verifier.processToClaims(Tokens.signedWithPreviousKey("anna", "org-1", "MUNICIPALITY"))
                .getSubject());
        assertEquals("plan-service", verifier.processToClaims(Tokens.service("plan-service").substring(7))
                .getSubject());
    }

    private static JwksVerificationKeyResolver keySet() {
        try {
            return new JwksVerificationKeyResolver(new JsonWebKeySet(Tokens.verificationKeySet()).getJsonWebKeys());
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
