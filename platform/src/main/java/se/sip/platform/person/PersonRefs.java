package se.sip.platform.person;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;

/**
 * The pseudonymous {@code personRef}: HMAC-SHA256 of the twelve digits with the deployment's secret, in lower-case
 * hex. Events, metrics and cross-service lookups use it instead of the number.
 */
@ApplicationScoped
public class PersonRefs {

    private static final String ALGORITHM = "HmacSHA256";

    @ConfigMapping(prefix = "sip.person-ref")
    public interface Config {
        /** At least 16 characters; in production only from the environment (SIP_PERSON_REF_SECRET). */
        String secret();
    }

    private final SecretKeySpec key;

    PersonRefs(Config config) {
        if (config.secret().length() < 16) {
            throw new IllegalStateException("sip.person-ref.secret must be at least 16 characters");
        }
        this.key = new SecretKeySpec(config.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(PersonalIdentityNumber number) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(number.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
