package se.sip.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sip.outbox")
public interface OutboxConfig {

    /** How many events one relay round sends at most before it commits. */
    @WithDefault("200")
    int batchSize();

    /** How long a round waits for the broker's acknowledgements before it gives up and retries later. */
    @WithDefault("PT15S")
    Duration sendTimeout();
}
