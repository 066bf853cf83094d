package se.sip.notification.mail;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sip.mail")
interface MailConfig {

    /** How often due invitation e-mails are looked for (the scheduler reads it too). */
    Duration pollInterval();

    /** The wait after a failed send (meeting-service or the SMTP server away), doubled each time. */
    @WithDefault("PT30S")
    Duration retryDelay();

    /**
     * How long a claimed e-mail is held by its sender, renewed every third of it while it is being sent: a replica
     * that dies leaves its e-mails to be claimed again this long after its last renewal.
     */
    @WithDefault("PT1M")
    Duration lease();

    /** After this many failed sends an invitation e-mail is given up (FAILED) and logged. */
    @WithDefault("8")
    int maxAttempts();
}
