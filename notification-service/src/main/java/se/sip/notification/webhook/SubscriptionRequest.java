package se.sip.notification.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionRequest", description = "Where to send which events")
record SubscriptionRequest(
        @Schema(description = "https URL on a public address", example = "https://journal.kommun.example.se/sip/webhooks")
        @NotBlank @Size(max = 2000) String callbackUrl,
        @Schema(description = "CloudEvent types to receive, among those that notify an organisation",
                example = "[\"se.sip.meeting.scheduled.v1\", \"se.sip.plan.placement-changed.v1\"]")
        @NotEmpty List<@NotBlank String> eventTypes) {
}
